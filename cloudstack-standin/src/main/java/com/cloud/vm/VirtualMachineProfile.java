// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.vm;

/**
 * Holder of {@link Param} only. VirtualMachineProfile itself is not in the listing; the signature checker accepts it
 * because it declares no members and only encloses a listed class.
 */
public interface VirtualMachineProfile {

    /** A named parameter for VM start/reboot. */
    class Param {
        private final String name;

        public Param(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }
}
