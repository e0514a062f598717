package org.netboot6.render.dhcp;

/** Client system architecture types (DHCPv6 option 61, IANA "Processor Architecture Types") netboot6 serves. */
public enum ClientArch {
    /** Legacy BIOS: has no IPv6 PXE; BIOS hosts boot an iPXE ROM, which sends user class "iPXE". */
    X86_BIOS(0),
    /** "EFI BC": what OVMF and most x86-64 UEFI firmware actually send for PXE. */
    X86_64_UEFI_PXE_BC(7),
    X86_64_UEFI_PXE(9),
    ARM64_UEFI_PXE(11),
    X86_64_UEFI_HTTP(16),
    ARM64_UEFI_HTTP(19);

    private final int code;

    ClientArch(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The two octets of option 61 as colon hex, e.g. "00:07". */
    public String hex() {
        return String.format("%02x:%02x", code >> 8, code & 0xff);
    }
}
