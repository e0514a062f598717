// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.event;

/** Event type names: the subset netboot6 uses, values as in CloudStack 4.22. */
public class EventTypes {
    public static final String EVENT_VM_REBOOT = "VM.REBOOT";
    public static final String EVENT_HOST_OUTOFBAND_MANAGEMENT_ACTION = "HOST.OOBM.ACTION";
    public static final String EVENT_BAREMETAL_PROVISION_DONE = "BAREMETAL.PROVISION.DONE";

    public EventTypes() {
    }
}
