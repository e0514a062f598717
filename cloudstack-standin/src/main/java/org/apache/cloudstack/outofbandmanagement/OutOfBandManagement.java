// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.outofbandmanagement;

/** Holder of the out-of-band management enums (the interface's own members are not used by netboot6). */
public interface OutOfBandManagement {

    enum PowerOperation {
        ON, OFF, CYCLE, RESET, SOFT, STATUS
    }

    enum PowerState {
        On, Off, Unknown, Disabled
    }
}
