package org.netboot6.model;

import java.util.Locale;

/** The releases netboot6 can install unattended over IPv6. */
public enum OsRelease {
    DEBIAN_12(OsFamily.DEBIAN, "12", "bookworm"),
    DEBIAN_13(OsFamily.DEBIAN, "13", "trixie"),
    UBUNTU_22_04(OsFamily.UBUNTU, "22.04", "jammy"),
    UBUNTU_24_04(OsFamily.UBUNTU, "24.04", "noble"),
    EL_9(OsFamily.EL, "9", "el9");

    private final OsFamily family;
    private final String version;
    private final String codename;

    OsRelease(OsFamily family, String version, String codename) {
        this.family = family;
        this.version = version;
        this.codename = codename;
    }

    /** Parses "debian-12", "ubuntu-24.04", "el-9" or the enum name, ASCII case-insensitive. */
    public static OsRelease parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("release", "is missing");
        }
        for (OsRelease r : values()) {
            if (Ascii.equalsIgnoreCase(r.name(), text) || Ascii.equalsIgnoreCase(r.id(), text)) {
                return r;
            }
        }
        throw new InvalidValueException("release", "is not one of debian-12, debian-13, ubuntu-22.04, ubuntu-24.04, el-9: "
                + Printable.of(text));
    }

    public OsFamily family() {
        return family;
    }

    public String version() {
        return version;
    }

    /** The suite name APT uses (bookworm, noble, ...). */
    public String codename() {
        return codename;
    }

    public String id() {
        return family.name().toLowerCase(Locale.ROOT) + "-" + version;
    }

    @Override
    public String toString() {
        return id();
    }
}
