package org.netboot6.service;

import org.netboot6.model.OsFamily;

/** The per-host installer files the boot service serves under a host's install token. */
public enum InstallerFile {
    /** Debian/Ubuntu d-i: {@code /netboot6/preseed/<token>}. */
    PRESEED("preseed", OsFamily.DEBIAN),
    /** Ubuntu subiquity NoCloud seed: {@code /netboot6/autoinstall/<token>/user-data}. */
    AUTOINSTALL_USER_DATA("autoinstall user-data", OsFamily.UBUNTU),
    /** {@code /netboot6/autoinstall/<token>/meta-data}. */
    AUTOINSTALL_META_DATA("autoinstall meta-data", OsFamily.UBUNTU),
    /** {@code /netboot6/autoinstall/<token>/vendor-data}: cloud-init asks for it; empty. */
    AUTOINSTALL_VENDOR_DATA("autoinstall vendor-data", OsFamily.UBUNTU),
    /** EL anaconda: {@code /netboot6/kickstart/<token>}. */
    KICKSTART("kickstart", OsFamily.EL);

    private final String label;
    private final OsFamily family;

    InstallerFile(String label, OsFamily family) {
        this.label = label;
        this.family = family;
    }

    public String label() {
        return label;
    }

    /** The OS family whose installer reads this file. */
    public OsFamily family() {
        return family;
    }
}
