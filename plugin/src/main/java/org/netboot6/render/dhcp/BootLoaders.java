package org.netboot6.render.dhcp;

import java.util.List;

import org.netboot6.model.BootNetwork;

/**
 * The one place that maps a DHCPv6 client to its boot file URL (option 59). iPXE must be recognised FIRST: iPXE
 * EFI sends arch 7 like the firmware, and matching arch first would hand it the loader again, in a loop. UEFI PXE
 * (arch 7/9/11) can only use TFTP; UEFI HTTP boot (16/19) gets an http URL plus the "HTTPClient" echo. BIOS
 * (arch 0) gets nothing: there is no IPv6 PXE in legacy BIOS, and its iPXE ROM is caught by the iPXE class.
 */
public final class BootLoaders {
    /** iPXE EFI build for x86-64 (Debian package ipxe: /usr/lib/ipxe/ipxe.efi); it has its own NIC drivers. */
    public static final String UEFI_X64_LOADER = "ipxe.efi";
    /** iPXE EFI build for arm64, provided by the operator under this name next to the x86-64 one. */
    public static final String UEFI_ARM64_LOADER = "ipxe-arm64.efi";
    /** Vendor class (option 16) data a UEFI HTTP-boot client expects back. */
    public static final String HTTP_CLIENT = "HTTPClient";
    /** Enterprise number sent with the HTTPClient vendor class (none applies; edk2 checks only the data). */
    public static final long HTTP_CLIENT_ENTERPRISE = 0;

    private BootLoaders() {
    }

    /** The generic script every iPXE gets; it chains to the per-host script by MAC. */
    public static String ipxeScriptUrl(BootNetwork network) {
        return network.bootBaseUrl() + "/boot.ipxe";
    }

    public static String uefiPxeLoaderUrl(BootNetwork network) {
        return tftpUrl(network, UEFI_X64_LOADER);
    }

    private static String tftpUrl(BootNetwork network, String file) {
        return "tftp://" + network.tftpServer().bracketed() + "/" + file;
    }

    private static String httpUrl(BootNetwork network, String file) {
        return network.loaderBaseUrl().resolve(file).toString();
    }

    /** The client classes in the order every renderer must test them. */
    public static List<BootClass> classes(BootNetwork n) {
        return List.of(
                new BootClass("ipxe", true, List.of(), ipxeScriptUrl(n), false),
                new BootClass("uefi-x64-pxe", false, List.of(ClientArch.X86_64_UEFI_PXE_BC, ClientArch.X86_64_UEFI_PXE),
                        tftpUrl(n, UEFI_X64_LOADER), false),
                new BootClass("uefi-x64-http", false, List.of(ClientArch.X86_64_UEFI_HTTP),
                        httpUrl(n, UEFI_X64_LOADER), true),
                new BootClass("uefi-arm64-pxe", false, List.of(ClientArch.ARM64_UEFI_PXE),
                        tftpUrl(n, UEFI_ARM64_LOADER), false),
                new BootClass("uefi-arm64-http", false, List.of(ClientArch.ARM64_UEFI_HTTP),
                        httpUrl(n, UEFI_ARM64_LOADER), true));
    }
}
