// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.vm;

import com.cloud.uservm.UserVm;

/**
 * Guest VM operations. Its reboot takes a RebootVMCmd, a type the listing does not cover; reboot a VM through
 * {@link VirtualMachineManager#reboot} instead.
 */
public interface UserVmService {
    UserVm getUserVm(long vmId);

    VirtualMachine getVm(long vmId);
}
