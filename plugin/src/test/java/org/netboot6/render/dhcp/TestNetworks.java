package org.netboot6.render.dhcp;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

/** The boot network the renderer tests share: the lab's layout (router ::1 also serves TFTP, boot service ::2). */
public final class TestNetworks {
    private TestNetworks() {
    }

    public static BootNetwork.Builder rack1() {
        return BootNetwork.builder().name("rack1").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("2001:db8:0:1::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).bootPort(8080)
                .tftpServer(Ipv6Address.parse("2001:db8:0:1::1"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).dnsServer(Ipv6Address.parse("2001:db8::53"))
                .searchDomain(DomainName.parse("d", "lab.example")).searchDomain(DomainName.parse("d", "example.org"));
    }

    /** rack1 with every server on the link, so it needs no default router. */
    public static BootNetwork.Builder isolated() {
        return BootNetwork.builder().name("isolated").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).dnsServer(Ipv6Address.parse("2001:db8:0:1::53"));
    }
}
