package org.netboot6.cloudstack;

import java.util.HashMap;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.OutOfBandManagementResponse;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagement.PowerOperation;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostKind;
import org.netboot6.model.InvalidValueException;

import com.cloud.exception.InsufficientCapacityException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.host.Host;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachineManager;

/**
 * How CloudStack restarts a host so that it network-boots an armed install: a bare-metal host linked to a CloudStack
 * host with out-of-band management is power-cycled through it, a guest VM is rebooted; anything else is left to the
 * operator. {@link #plan} runs before arming (a broken link is refused while nothing has changed yet),
 * {@link Plan#perform} after it.
 */
public final class HostRestart {
    private final EntityManager entities;
    private final OutOfBandManagementService outOfBand;
    private final VirtualMachineManager vms;

    public HostRestart(EntityManager entities, OutOfBandManagementService outOfBand, VirtualMachineManager vms) {
        this.entities = entities;
        this.outOfBand = outOfBand;
        this.vms = vms;
    }

    /** A restart decided for one host. */
    public interface Plan {
        /** Restarts the host (or not) and says what happened; a failed restart is a RESOURCE_UNAVAILABLE_ERROR. */
        String perform();
    }

    public Plan plan(BootHost host) {
        if (host.kind() == HostKind.GUEST_VM) {
            String vmUuid = host.cloudStackVmUuid().orElseThrow();
            if (entities.findByUuid(VirtualMachine.class, vmUuid) == null) {
                throw new InvalidValueException("id", "host " + host.hostname() + " is linked to CloudStack VM " + vmUuid
                        + ", which does not exist; pass reboot=false to only arm it");
            }
            return () -> rebootVm(host, vmUuid);
        }
        if (host.cloudStackHostUuid().isEmpty()) {
            return () -> "not restarted: " + host.hostname() + " is not linked to a CloudStack host; power-cycle it yourself";
        }
        String hostUuid = host.cloudStackHostUuid().get();
        Host linked = entities.findByUuid(Host.class, hostUuid);
        if (linked == null) {
            throw new InvalidValueException("id", "host " + host.hostname() + " is linked to CloudStack host " + hostUuid
                    + ", which does not exist; pass reboot=false to only arm it");
        }
        if (!outOfBand.isOutOfBandManagementEnabled(linked)) {
            return () -> "not restarted: out-of-band management is not enabled for CloudStack host " + linked.getName()
                    + "; power-cycle it yourself";
        }
        return () -> powerCycle(host, linked);
    }

    /** The plan when the caller asked for no restart. */
    public static Plan none() {
        return () -> "not restarted (reboot=false)";
    }

    private String powerCycle(BootHost host, Host linked) {
        String failure;
        try {
            OutOfBandManagementResponse r = outOfBand.executePowerOperation(linked, PowerOperation.CYCLE, null);
            if (r != null && Boolean.TRUE.equals(r.getSuccess())) {
                return "power-cycled CloudStack host " + linked.getName() + " through out-of-band management";
            }
            failure = r == null ? "no answer" : r.getResultDescription();
        } catch (CloudRuntimeException e) {
            failure = e.getMessage();
        }
        throw failed(host, "the power cycle of CloudStack host " + linked.getName() + " failed: " + failure);
    }

    private String rebootVm(BootHost host, String vmUuid) {
        try {
            vms.reboot(vmUuid, new HashMap<>());
            return "rebooted CloudStack VM " + vmUuid;
        } catch (InsufficientCapacityException | ResourceUnavailableException | CloudRuntimeException e) {
            throw failed(host, "the reboot of CloudStack VM " + vmUuid + " failed: " + e.getMessage());
        }
    }

    private static ServerApiException failed(BootHost host, String what) {
        return new ServerApiException(ApiErrorCode.RESOURCE_UNAVAILABLE_ERROR, "host " + host.hostname()
                + " is armed, but " + what + "; restart it yourself, or cancelNetbootHostProvisioning");
    }
}
