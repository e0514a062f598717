package org.netboot6.lab;

/** The boot paths the lab can drive with qemu. */
public enum Firmware {
    /** SeaBIOS running Debian's ipxe.lkrn, told to configure IPv6 only (a BIOS host with an iPXE ROM). */
    BIOS_IPXE("BIOS + iPXE"),
    /** OVMF's own UEFI PXEv6 stack: DHCPv6 arch 7 -> TFTP ipxe.efi -> iPXE -> boot script. */
    UEFI_PXE6("UEFI PXEv6 -> iPXE EFI");

    private final String label;

    Firmware(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
