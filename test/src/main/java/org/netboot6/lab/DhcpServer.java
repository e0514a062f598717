package org.netboot6.lab;

/** The DHCPv6 server the lab runs on its link; each one's config is rendered by netboot6. */
public enum DhcpServer {
    /** kea-dhcp6, with radvd for the RAs and a TFTP-only dnsmasq. */
    KEA("kea-dhcp6"),
    /** dnsmasq alone: RAs, DHCPv6 and TFTP (no radvd). */
    DNSMASQ("dnsmasq"),
    /** ISC dhcpd -6, with radvd for the RAs and a TFTP-only dnsmasq. */
    ISC_DHCPD("dhcpd -6");

    private final String label;

    DhcpServer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
