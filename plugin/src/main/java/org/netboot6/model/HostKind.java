package org.netboot6.model;

/** What a netboot6 host is in CloudStack terms. */
public enum HostKind {
    /** A physical server, optionally linked to a CloudStack host (for out-of-band power control). */
    BAREMETAL,
    /** A guest VM's NIC, linked to a CloudStack VM (rebooted through CloudStack to provision). */
    GUEST_VM
}
