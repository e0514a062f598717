package org.netboot6.service;

import org.netboot6.model.OsFamily;

/** The per-host installer files the boot service serves under a host's install token. */
public enum InstallerFile {
    /** Debian/Ubuntu d-i: {@code /netboot6/preseed/<token>}. */
    PRESEED("preseed", "preseed.cfg", OsFamily.DEBIAN),
    /** Ubuntu subiquity NoCloud seed: {@code /netboot6/autoinstall/<token>/user-data}. */
    AUTOINSTALL_USER_DATA("autoinstall user-data", "user-data", OsFamily.UBUNTU),
    /** {@code /netboot6/autoinstall/<token>/meta-data}. */
    AUTOINSTALL_META_DATA("autoinstall meta-data", "meta-data", OsFamily.UBUNTU),
    /** {@code /netboot6/autoinstall/<token>/vendor-data}: cloud-init asks for it; empty. */
    AUTOINSTALL_VENDOR_DATA("autoinstall vendor-data", "vendor-data", OsFamily.UBUNTU),
    /** EL anaconda: {@code /netboot6/kickstart/<token>}. */
    KICKSTART("kickstart", "ks.cfg", OsFamily.EL);

    private final String label;
    private final String fileName;
    private final OsFamily family;

    InstallerFile(String label, String fileName, OsFamily family) {
        this.label = label;
        this.fileName = fileName;
        this.family = family;
    }

    /** The conventional file name, for previews. */
    public String fileName() {
        return fileName;
    }

    public String label() {
        return label;
    }

    /** The OS family whose installer reads this file. */
    public OsFamily family() {
        return family;
    }
}
