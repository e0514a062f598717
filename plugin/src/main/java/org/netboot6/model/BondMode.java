package org.netboot6.model;

/** The bonding modes netboot6 renders, named as the kernel's bonding driver names them. */
public enum BondMode {
    ACTIVE_BACKUP("active-backup"),
    LACP("802.3ad");

    private final String kernelName;

    BondMode(String kernelName) {
        this.kernelName = kernelName;
    }

    /** "active-backup" or "802.3ad": the value ifupdown, netplan and NetworkManager all accept. */
    public String kernelName() {
        return kernelName;
    }
}
