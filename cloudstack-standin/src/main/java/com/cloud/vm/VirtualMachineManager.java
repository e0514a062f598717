// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.vm;

import java.util.Map;

import com.cloud.exception.InsufficientCapacityException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.utils.component.Manager;

/** VM orchestration (module engine-api). */
public interface VirtualMachineManager extends Manager {
    /** Reboots the VM with this UUID; params may be empty. */
    void reboot(String vmUuid, Map<VirtualMachineProfile.Param, Object> params)
            throws InsufficientCapacityException, ResourceUnavailableException;

    VirtualMachine findById(long vmId);
}
