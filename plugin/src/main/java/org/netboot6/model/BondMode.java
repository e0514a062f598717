package org.netboot6.model;

/** The bonding modes netboot6 renders, named as the kernel's bonding driver names them. */
public enum BondMode {
    ACTIVE_BACKUP("active-backup"),
    LACP("802.3ad");

    private final String kernelName;

    BondMode(String kernelName) {
        this.kernelName = kernelName;
    }

    /** "active-backup", "802.3ad" (or its other name "lacp"), ASCII case-insensitive. */
    public static BondMode parse(String field, String text) {
        for (BondMode m : values()) {
            if (Ascii.equalsIgnoreCase(m.kernelName, text)) {
                return m;
            }
        }
        if (Ascii.equalsIgnoreCase("lacp", text)) {
            return LACP;
        }
        throw new InvalidValueException(field, "must be active-backup or 802.3ad (lacp): " + Printable.of(text));
    }

    /** "active-backup" or "802.3ad": the value ifupdown, netplan and NetworkManager all accept. */
    public String kernelName() {
        return kernelName;
    }
}
