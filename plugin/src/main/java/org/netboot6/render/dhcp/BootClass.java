package org.netboot6.render.dhcp;

import java.util.List;

/**
 * One DHCPv6 client class of the boot chain and the answer it gets: either the iPXE class (user class "iPXE",
 * option 15) or a set of firmware architecture types (option 61). Renderers emit classes in list order and
 * exclude iPXE from every firmware class.
 */
public final class BootClass {
    private final String name;
    private final boolean ipxe;
    private final List<ClientArch> archs;
    private final String bootfileUrl;
    private final boolean httpClient;

    BootClass(String name, boolean ipxe, List<ClientArch> archs, String bootfileUrl, boolean httpClient) {
        this.name = name;
        this.ipxe = ipxe;
        this.archs = List.copyOf(archs);
        this.bootfileUrl = bootfileUrl;
        this.httpClient = httpClient;
    }

    /** Lower-case letters, digits and '-': usable as a Kea class name, a dnsmasq tag and a comment. */
    public String name() {
        return name;
    }

    /** True for the class matched by user class "iPXE" (which must be tested before any architecture). */
    public boolean ipxe() {
        return ipxe;
    }

    /** The option 61 values this class matches; empty for the iPXE class. */
    public List<ClientArch> archs() {
        return archs;
    }

    /** Option 59. */
    public String bootfileUrl() {
        return bootfileUrl;
    }

    /** UEFI HTTP boot: the reply must echo vendor class (option 16) "HTTPClient" or the firmware cancels. */
    public boolean httpClient() {
        return httpClient;
    }
}
