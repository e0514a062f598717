// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.uservm;

import com.cloud.vm.VirtualMachine;

/** A guest VM (the real interface also extends ControlledEntity, not covered by the listing). */
public interface UserVm extends VirtualMachine {
    String getDisplayName();
}
