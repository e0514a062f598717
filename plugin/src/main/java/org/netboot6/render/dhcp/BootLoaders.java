package org.netboot6.render.dhcp;

import org.netboot6.model.BootNetwork;

/**
 * The boot-file URLs (DHCPv6 option 59) each client class gets. iPXE must be recognised FIRST: iPXE EFI sends
 * arch 7 like the firmware, and matching arch first would hand it ipxe.efi again, in a loop.
 */
public final class BootLoaders {
    /** iPXE EFI build, served by TFTP to UEFI PXEv6 firmware (arch 7/9); it has its own NIC drivers. */
    public static final String UEFI_X64_LOADER = "ipxe.efi";

    private BootLoaders() {
    }

    /** The generic script every iPXE gets; it chains to the per-host script by MAC. */
    public static String ipxeScriptUrl(BootNetwork network) {
        return network.bootBaseUrl() + "/boot.ipxe";
    }

    public static String uefiPxeLoaderUrl(BootNetwork network) {
        return "tftp://" + network.tftpServer().bracketed() + "/" + UEFI_X64_LOADER;
    }
}
