package org.netboot6.model;

/** The bonding modes netboot6 renders, named as the kernel's bonding driver names them. */
public enum BondMode {
    ACTIVE_BACKUP("active-backup"),
    LACP("802.3ad");

    private final String kernelName;

    BondMode(String kernelName) {
        this.kernelName = kernelName;
    }

    /** "active-backup", "802.3ad" (or its other name "lacp"), any case. */
    public static BondMode parse(String field, String text) {
        if (text != null) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            for (BondMode m : values()) {
                if (m.kernelName.equals(t)) {
                    return m;
                }
            }
            if (t.equals("lacp")) {
                return LACP;
            }
        }
        throw new InvalidValueException(field, "must be active-backup or 802.3ad (lacp): " + Printable.of(text));
    }

    /** "active-backup" or "802.3ad": the value ifupdown, netplan and NetworkManager all accept. */
    public String kernelName() {
        return kernelName;
    }
}
