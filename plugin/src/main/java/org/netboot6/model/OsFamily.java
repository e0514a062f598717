package org.netboot6.model;

/** The installer families netboot6 drives; each has its own answer-file format and kernel command line. */
public enum OsFamily {
    /** debian-installer (d-i) with a preseed file; installed system uses ifupdown. */
    DEBIAN,
    /** subiquity with an autoinstall (cloud-init NoCloud) seed; installed system uses netplan. */
    UBUNTU,
    /** anaconda with a kickstart file; installed system uses NetworkManager keyfiles. */
    EL
}
