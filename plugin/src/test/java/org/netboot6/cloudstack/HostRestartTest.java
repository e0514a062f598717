package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.OutOfBandManagementResponse;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagement.PowerOperation;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.junit.jupiter.api.Test;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostKind;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;

import com.cloud.exception.ResourceUnavailableException;
import com.cloud.host.Host;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineManager;

class HostRestartTest {
    private static final String CS_HOST = "7a1e3b2c-0000-4000-8000-000000000001";
    private static final String CS_VM = "9b2f4c3d-0000-4000-8000-000000000002";

    private final EntityManager entities = mock(EntityManager.class);
    private final OutOfBandManagementService outOfBand = mock(OutOfBandManagementService.class);
    private final VirtualMachineManager vms = mock(VirtualMachineManager.class);
    private final Host linked = mock(Host.class);
    private final HostRestart restart = new HostRestart(entities, outOfBand, vms);

    private static BootHost.Builder host() {
        return BootHost.builder().id(1).uuid("c0ffee00-0000-4000-8000-000000000003").networkId(1)
                .mac(Mac.parse("52:54:00:12:34:56")).hostname(Hostname.parse("node1"));
    }

    private static OutOfBandManagementResponse answer(boolean success, String description) {
        OutOfBandManagementResponse r = new OutOfBandManagementResponse();
        r.setSuccess(success);
        r.setResultDescription(description);
        return r;
    }

    @Test
    void aLinkedBareMetalHostWithOutOfBandManagementIsPowerCycled() {
        when(entities.findByUuid(Host.class, CS_HOST)).thenReturn(linked);
        when(linked.getName()).thenReturn("kvm1");
        when(outOfBand.isOutOfBandManagementEnabled(linked)).thenReturn(true);
        when(outOfBand.executePowerOperation(linked, PowerOperation.CYCLE, null)).thenReturn(answer(true, "ok"));

        String done = restart.plan(host().cloudStackHostUuid(CS_HOST).build()).perform();

        verify(outOfBand).executePowerOperation(eq(linked), eq(PowerOperation.CYCLE), isNull());
        assertThat(done).isEqualTo("power-cycled CloudStack host kvm1 through out-of-band management");
        verifyNoInteractions(vms);
    }

    @Test
    void withoutOutOfBandManagementTheOperatorRestartsIt() {
        when(entities.findByUuid(Host.class, CS_HOST)).thenReturn(linked);
        when(linked.getName()).thenReturn("kvm1");

        String done = restart.plan(host().cloudStackHostUuid(CS_HOST).build()).perform();

        assertThat(done).contains("not restarted").contains("out-of-band management is not enabled for CloudStack host kvm1");
        verify(outOfBand).isOutOfBandManagementEnabled(linked);
        verify(outOfBand, org.mockito.Mockito.never()).executePowerOperation(any(), any(), any());
    }

    @Test
    void anUnlinkedBareMetalHostIsLeftToTheOperator() {
        String done = restart.plan(host().build()).perform();

        assertThat(done).contains("not linked to a CloudStack host");
        verifyNoInteractions(entities, outOfBand, vms);
    }

    @Test
    void aLinkToAVanishedCloudStackHostIsRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> restart.plan(host().cloudStackHostUuid(CS_HOST).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"))
                .hasMessageContaining(CS_HOST);
        verifyNoInteractions(outOfBand, vms);
    }

    @Test
    void aFailedPowerCycleSaysTheHostIsArmed() {
        when(entities.findByUuid(Host.class, CS_HOST)).thenReturn(linked);
        when(linked.getName()).thenReturn("kvm1");
        when(outOfBand.isOutOfBandManagementEnabled(linked)).thenReturn(true);
        when(outOfBand.executePowerOperation(linked, PowerOperation.CYCLE, null)).thenReturn(answer(false, "BMC timeout"));

        HostRestart.Plan plan = restart.plan(host().cloudStackHostUuid(CS_HOST).build());

        assertThatThrownBy(plan::perform).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR))
                .hasMessageContaining("is armed").hasMessageContaining("BMC timeout");
    }

    @Test
    void aPowerCycleThatThrowsIsReportedTheSameWay() {
        when(entities.findByUuid(Host.class, CS_HOST)).thenReturn(linked);
        when(outOfBand.isOutOfBandManagementEnabled(linked)).thenReturn(true);
        when(outOfBand.executePowerOperation(linked, PowerOperation.CYCLE, null))
                .thenThrow(new CloudRuntimeException("driver ipmitool failed"));

        HostRestart.Plan plan = restart.plan(host().cloudStackHostUuid(CS_HOST).build());

        assertThatThrownBy(plan::perform).isInstanceOf(ServerApiException.class).hasMessageContaining("ipmitool failed");
    }

    @Test
    void aGuestVmIsRebootedThroughCloudStack() throws Exception {
        when(entities.findByUuid(VirtualMachine.class, CS_VM)).thenReturn(mock(VirtualMachine.class));

        String done = restart.plan(host().kind(HostKind.GUEST_VM).cloudStackVmUuid(CS_VM).build()).perform();

        verify(vms).reboot(eq(CS_VM), anyMap());
        assertThat(done).isEqualTo("rebooted CloudStack VM " + CS_VM);
        verifyNoInteractions(outOfBand);
    }

    @Test
    void aFailedVmRebootSaysTheHostIsArmed() throws Exception {
        when(entities.findByUuid(VirtualMachine.class, CS_VM)).thenReturn(mock(VirtualMachine.class));
        doThrow(new ResourceUnavailableException("host down", Host.class, 1L)).when(vms).reboot(eq(CS_VM), anyMap());

        HostRestart.Plan plan = restart.plan(host().kind(HostKind.GUEST_VM).cloudStackVmUuid(CS_VM).build());

        assertThatThrownBy(plan::perform).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR))
                .hasMessageContaining("host down");
    }

    @Test
    void aVanishedVmIsRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> restart.plan(host().kind(HostKind.GUEST_VM).cloudStackVmUuid(CS_VM).build()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(CS_VM);
        verifyNoInteractions(vms);
    }
}
