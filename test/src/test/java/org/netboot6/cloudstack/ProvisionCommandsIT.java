package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.netboot6.cloudstack.ApiAssertions.paramError;

import org.apache.cloudstack.api.response.OutOfBandManagementResponse;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagement.PowerOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.CancelNetbootHostProvisioningCmd;
import org.netboot6.cloudstack.api.command.GetNetbootHostConfigCmd;
import org.netboot6.cloudstack.api.command.ProvisionNetbootHostCmd;
import org.netboot6.cloudstack.api.response.NetbootConfigFileResponse;
import org.netboot6.cloudstack.api.response.NetbootHostConfigResponse;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;

import com.cloud.host.Host;
import com.cloud.vm.VirtualMachine;

/** provisionNetbootHost, cancelNetbootHostProvisioning, getNetbootHostConfig on MariaDB, CloudStack mocked. */
class ProvisionCommandsIT {
    private static final String CS_HOST = "7a1e3b2c-0000-4000-8000-000000000001";
    private static final String CS_VM = "9b2f4c3d-0000-4000-8000-000000000002";
    private static final String NOWHERE = "0c2d1f6e-0000-4000-8000-000000000000";
    private static CommandFixture f;
    private static String network;
    private static String profile;
    private static final Host KVM1 = mock(Host.class);

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("provcmd");
        network = f.network("prov").getId();
        profile = f.profile("prov-deb12").getId();
        when(f.entities.findByUuid(Host.class, CS_HOST)).thenReturn(KVM1);
        when(f.entities.findByUuid(VirtualMachine.class, CS_VM)).thenReturn(mock(VirtualMachine.class));
        when(KVM1.getName()).thenReturn("kvm1");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @BeforeEach
    void forgetCalls() {
        clearInvocations(f.outOfBand, f.vms);
    }

    private static NetbootHostResponse provision(String... params) {
        return f.call(ProvisionNetbootHostCmd.class, NetbootHostResponse.class, params);
    }

    @Test
    void aBareMetalHostWithOutOfBandManagementIsArmedThenPowerCycled() {
        OutOfBandManagementResponse ok = new OutOfBandManagementResponse();
        ok.setSuccess(true);
        when(f.outOfBand.isOutOfBandManagementEnabled(KVM1)).thenReturn(true);
        when(f.outOfBand.executePowerOperation(KVM1, PowerOperation.CYCLE, null)).thenReturn(ok);
        String id = f.host(network, "bm1", "52:54:00:10:00:01", "hostid", CS_HOST, "profileid", profile).getId();

        ProvisionNetbootHostCmd cmd = f.api.run(ProvisionNetbootHostCmd.class, CommandFixture.params("id", id));
        NetbootHostResponse armed = (NetbootHostResponse) cmd.getResponseObject();

        verify(f.outOfBand).executePowerOperation(eq(KVM1), eq(PowerOperation.CYCLE), isNull());
        verifyNoInteractions(f.vms);
        assertThat(armed.getState()).isEqualTo("PROVISIONING");
        assertThat(armed.getProfileName()).isEqualTo("prov-deb12");
        assertThat(armed.getRestart()).isEqualTo("power-cycled CloudStack host kvm1 through out-of-band management");
        assertThat(armed.getResponseName()).isEqualTo("provisionnetboothostresponse");
        assertThat(cmd.getEventType()).isEqualTo("NETBOOT6.HOST.PROVISION");
        assertThat(cmd.getEventDescription()).contains(id);
    }

    @Test
    void aGuestVmIsArmedThenRebooted() throws Exception {
        String id = f.host(network, "vm1", "52:54:00:10:00:02", "virtualmachineid", CS_VM).getId();

        NetbootHostResponse armed = provision("id", id, "probe", "true");

        verify(f.vms).reboot(eq(CS_VM), anyMap());
        verifyNoInteractions(f.outOfBand);
        assertThat(armed.getState()).isEqualTo("PROVISIONING");
        assertThat(armed.getRestart()).isEqualTo("rebooted CloudStack VM " + CS_VM);
    }

    @Test
    void rebootFalseOnlyArms() throws Exception {
        String id = f.host(network, "vm2", "52:54:00:10:00:03", "virtualmachineid", CS_VM).getId();

        NetbootHostResponse armed = provision("id", id, "probe", "true", "reboot", "false", "tokenlifetime", "600");

        verify(f.vms, never()).reboot(any(), anyMap());
        assertThat(armed.getState()).isEqualTo("PROVISIONING");
        assertThat(armed.getRestart()).isEqualTo("not restarted (reboot=false)");

        // CloudStack queues async jobs by sync object: two provisionings of one host never run at once
        ProvisionNetbootHostCmd again = f.api.run(ProvisionNetbootHostCmd.class,
                CommandFixture.params("id", id, "probe", "true", "reboot", "false"));
        assertThat(again.getSyncObjType()).isEqualTo("netboot6host");
        assertThat(again.getSyncObjId()).isEqualTo(f.manager.services().hosts().get(id).id());
        String other = f.host(network, "vm2b", "52:54:00:10:00:0b").getId();
        ProvisionNetbootHostCmd otherCmd = f.api.run(ProvisionNetbootHostCmd.class,
                CommandFixture.params("id", other, "probe", "true", "reboot", "false"));
        assertThat(otherCmd.getSyncObjId()).isNotEqualTo(again.getSyncObjId());
    }

    @Test
    void anUnlinkedHostIsArmedAndTheOperatorIsTold() {
        String id = f.host(network, "bm2", "52:54:00:10:00:04").getId();

        NetbootHostResponse armed = provision("id", id, "profileid", profile);

        assertThat(armed.getState()).isEqualTo("PROVISIONING");
        assertThat(armed.getRestart()).contains("power-cycle it yourself");
        verifyNoInteractions(f.outOfBand, f.vms);
    }

    @Test
    void badRequestsArmNothing() {
        String id = f.host(network, "bm3", "52:54:00:10:00:05").getId();

        paramError(() -> provision("id", id), "profileid is required");
        paramError(() -> provision("id", id, "probe", "true", "profileid", profile), "probe cannot be combined");
        paramError(() -> provision("id", id, "probe", "true", "tokenlifetime", "0"), "tokenlifetime must be between 1 s and 7 days");
        paramError(() -> provision("id", id, "probe", "true", "tokenlifetime", "soon"),
                "invalid value soon for parameter tokenlifetime");
        paramError(() -> provision("id", id, "profileid", NOWHERE), "profileid names no profile");
        paramError(() -> provision("id", NOWHERE, "probe", "true"), "id names no host");
        paramError(() -> f.call(CancelNetbootHostProvisioningCmd.class, NetbootHostResponse.class, "id", id),
                "only a PROVISIONING host can be cancelled");
        verifyNoInteractions(f.outOfBand, f.vms);
    }

    @Test
    void aLinkToAVanishedCloudStackHostIsRefusedBeforeArming() {
        String gone = "1d2e3f40-0000-4000-8000-000000000009";
        when(f.entities.findByUuid(Host.class, gone)).thenReturn(KVM1).thenReturn(null);
        String id = f.host(network, "bm4", "52:54:00:10:00:06", "hostid", gone, "profileid", profile).getId();

        paramError(() -> provision("id", id), "which does not exist");

        assertThat(f.call(org.netboot6.cloudstack.api.command.ListNetbootHostsCmd.class,
                org.apache.cloudstack.api.response.ListResponse.class, "id", id).getResponses())
                .extracting(r -> ((NetbootHostResponse) r).getState()).containsExactly("READY");
    }

    @Test
    void cancelDisarms() {
        String id = f.host(network, "bm5", "52:54:00:10:00:07").getId();
        provision("id", id, "probe", "true");

        NetbootHostResponse cancelled = f.call(CancelNetbootHostProvisioningCmd.class, NetbootHostResponse.class, "id", id);

        assertThat(cancelled.getState()).isEqualTo("READY");
        assertThat(cancelled.getResponseName()).isEqualTo("cancelnetboothostprovisioningresponse");
    }

    @Test
    void theHostConfigShowsItsFilesWithTheTokenMasked() {
        String id = f.host(network, "bm6", "52:54:00:10:00:08").getId();
        provision("id", id, "probe", "true");

        NetbootHostConfigResponse config = f.call(GetNetbootHostConfigCmd.class, NetbootHostConfigResponse.class, "id", id);

        assertThat(config.getHostname()).isEqualTo("bm6");
        assertThat(config.getFiles()).extracting(NetbootConfigFileResponse::getName)
                .containsExactly("host.ipxe", "radvd.conf", "kea-dhcp6.conf");
        assertThat(config.getFiles().get(0).getContent()).contains("/done/" + HostConfigFiles.MASK)
                .doesNotContainPattern("/done/[A-Za-z0-9_-]{43}");
        assertThat(config.getFiles().get(1).getContent()).contains("prefix " + CommandFixture.networkParams("prov")[5]);
        paramError(() -> f.call(GetNetbootHostConfigCmd.class, NetbootHostConfigResponse.class, "id", NOWHERE),
                "id names no host");
    }

    @Test
    void theHostConfigOfAnArmedInstallMasksThePasswordHashToo() {
        String profile = f.profile("masked-hash").getId();
        String id = f.host(network, "bm7", "52:54:00:10:00:09", "profileid", profile).getId();
        provision("id", id, "reboot", "false");

        NetbootHostConfigResponse config = f.call(GetNetbootHostConfigCmd.class, NetbootHostConfigResponse.class, "id", id);

        assertThat(config.getFiles()).extracting(NetbootConfigFileResponse::getName).contains("host.ipxe", "preseed.cfg");
        String preseed = config.getFiles().stream().filter(file -> file.getName().equals("preseed.cfg")).findFirst()
                .orElseThrow().getContent();
        assertThat(preseed).contains("passwd/root-password-crypted password " + HostConfigFiles.MASK)
                .doesNotContain(CommandFixture.PASSWORD_HASH);
    }

    @Test
    void anInstallWhoseInstallerCannotReachItsMirrorIsRefusedWhenArmedNotAtBoot() {
        String[] params = CommandFixture.networkParams("no-dns");
        String[] withoutDns = java.util.Arrays.copyOf(params, params.length - 2); // the last pair is dnsservers
        assertThat(params[params.length - 2]).isEqualTo("dnsservers");
        String noDns = f.call(org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd.class,
                org.netboot6.cloudstack.api.response.NetbootNetworkResponse.class, withoutDns).getId();
        String profile = f.profile("by-name").getId(); // its mirror is http://deb.example/debian
        String id = f.host(noDns, "nodns1", "52:54:00:10:00:0a", "profileid", profile).getId();

        paramError(() -> provision("id", id, "reboot", "false"),
                "mirror uses the DNS name deb.example but the network delivers no DNS server");
        assertThat(provision("id", id, "probe", "true", "reboot", "false").getState())
                .as("a probe fetches nothing by name").isEqualTo("PROVISIONING");
    }

    @Test
    void aNetworkChangeThatWouldStrandAnArmedInstallIsRefused() {
        String net = f.network("strand-install").getId();
        String profile = f.profile("strand-install").getId(); // Debian 12, mirror http://deb.example/debian
        String id = f.host(net, "armed-install", "52:54:00:10:00:0c", "profileid", profile).getId();
        provision("id", id, "reboot", "false");

        paramError(() -> f.call(org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd.class,
                org.netboot6.cloudstack.api.response.NetbootNetworkResponse.class, "id", net, "dnsservers", ""),
                "id this change would leave the hosts armed to install profile strand-install unable to (mirror uses "
                + "the DNS name deb.example");
        paramError(() -> f.call(org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd.class,
                org.netboot6.cloudstack.api.response.NetbootNetworkResponse.class, "id", net, "raautonomous", "false"),
                "needs SLAAC on the install link");

        f.call(org.netboot6.cloudstack.api.command.CancelNetbootHostProvisioningCmd.class, NetbootHostResponse.class,
                "id", id);
        assertThat(f.call(org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd.class,
                org.netboot6.cloudstack.api.response.NetbootNetworkResponse.class, "id", net, "raautonomous", "false")
                .getRaAutonomous()).as("once nothing is armed the change goes through").isFalse();
    }
}
