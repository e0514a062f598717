package org.netboot6.render.dhcp;

import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.RouterAdvertisement;

/**
 * dnsmasq (2.90) config for one boot network: DHCPv6, optionally TFTP for the EFI loaders and the router
 * advertisements (when radvd does not run). Architectures are matched on DHCPv6 option 61 ({@code option6:61});
 * dnsmasq's {@code option:client-arch} is DHCPv4 option 93 and never matches a DHCPv6 request (FR-01).
 *
 * <p>Limit: dnsmasq cannot encode the vendor-class (option 16) "HTTPClient" echo that UEFI HTTP-boot firmware
 * requires (lab notes §13 pitfall 6: it sends hex as text, and a padded-string trick only fools older edk2). The
 * HTTP-boot classes (arch 16, 19) are therefore left out and say so in the file; such hosts need Kea or ISC
 * dhcpd, or boot by UEFI PXE (arch 7/9/11) instead.
 */
public final class DnsmasqConfigRenderer {
    /** dnsmasq lease times cannot be below two minutes; match the other servers' valid lifetime. */
    static final String LEASE_TIME = KeaDhcp6ConfigRenderer.VALID_LIFETIME_S + "s";
    static final int RA_INTERVAL_S = 10;

    public String render(BootNetwork network, DnsmasqRuntime runtime) {
        return render(network, List.of(), runtime);
    }

    public String render(BootNetwork network, List<HostReservation> reservations, DnsmasqRuntime runtime) {
        List<HostReservation> hosts = Reservations.check(network, reservations);
        String ifname = network.interfaceName();
        StringBuilder sb = new StringBuilder();
        sb.append("# dnsmasq config for netboot6 network ").append(network.name()).append(" (generated; do not edit)\n");
        sb.append("port=0\n");
        sb.append("user=").append(runtime.user()).append('\n');
        sb.append("interface=").append(ifname).append('\n');
        sb.append("bind-interfaces\n");
        sb.append("pid-file=").append(runtime.pidFile()).append('\n');
        sb.append("dhcp-leasefile=").append(runtime.leaseFile()).append('\n');
        sb.append("log-facility=").append(runtime.logFile()).append('\n');
        sb.append("log-dhcp\n");
        RouterAdvertisement ra = network.routerAdvertisement();
        if (runtime.routerAdvertisements() && !ra.managed()) {
            // dnsmasq sets M=1 whenever its range leases addresses, and leases none with ra-stateless: UEFI firmware,
            // which solicits an address whatever the M flag says, would get no boot file (NoAddrsAvail) either way
            throw new InvalidValueException("ramanaged", "false cannot be served by dnsmasq sending its own router "
                    + "advertisements: it would lease no address, and UEFI firmware, which asks for one whatever the M "
                    + "flag says, would get no boot file; send the RAs with radvd (dnsmasq for DHCPv6 only) or set "
                    + "ramanaged=true");
        }
        if (runtime.routerAdvertisements()) {
            sb.append("enable-ra\n");
            // interval, router lifetime (0: advertise the prefix but no default route)
            sb.append("ra-param=").append(ifname).append(',').append(RA_INTERVAL_S)
                    .append(ra.defaultRouter() ? "" : ",0").append('\n');
        }
        sb.append("dhcp-range=").append(range(network, ra)).append('\n');
        // RDNSS/DNSSL in dnsmasq's RAs come from these two options as well
        sb.append("dhcp-option=option6:dns-server").append(network.dnsServers().stream().map(a -> "," + a.bracketed())
                .collect(Collectors.joining())).append('\n');
        if (!network.searchDomains().isEmpty()) {
            sb.append("dhcp-option=option6:domain-search,").append(network.searchDomains().stream().map(Object::toString)
                    .collect(Collectors.joining(","))).append('\n');
        }
        List<BootClass> classes = BootLoaders.classes(network);
        String ipxeTag = classes.stream().filter(BootClass::ipxe).findFirst().orElseThrow().name();
        for (BootClass c : classes) {
            if (c.httpClient()) {
                sb.append("# ").append(c.name()).append(" (arch ").append(c.archs().stream().map(a -> Integer.toString(a.code()))
                        .collect(Collectors.joining(","))).append("): not served, dnsmasq cannot send the HTTPClient vendor class\n");
                continue;
            }
            if (c.ipxe()) {
                sb.append("dhcp-userclass=set:").append(c.name()).append(",iPXE\n");
                sb.append("dhcp-option=tag:").append(c.name()).append(",option6:bootfile-url,").append(c.bootfileUrl()).append('\n');
                continue;
            }
            for (ClientArch a : c.archs()) {
                sb.append("dhcp-match=set:").append(c.name()).append(",option6:61,").append(a.hex()).append('\n');
            }
            sb.append("dhcp-option=tag:!").append(ipxeTag).append(",tag:").append(c.name()).append(",option6:bootfile-url,")
                    .append(c.bootfileUrl()).append('\n');
        }
        for (HostReservation h : hosts) {
            sb.append("dhcp-host=").append(h.duid().map(d -> "id:" + d).orElseGet(() -> h.mac().orElseThrow().toString()))
                    .append(',').append(h.address().bracketed()).append(',').append(h.hostname()).append('\n');
        }
        if (runtime.tftpRoot().isPresent()) {
            sb.append("enable-tftp\n");
            sb.append("tftp-root=").append(runtime.tftpRoot().get()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Always the pool: UEFI firmware asks for an address even where the RA says M=0 (stateless), and a server that
     * has none answers NoAddrsAvail, which the firmware must ignore with its boot file. Hosts that follow M=0 only
     * send Information-Requests and are answered as well. With dnsmasq's own RAs, "slaac" adds the A flag.
     */
    private static String range(BootNetwork n, RouterAdvertisement ra) {
        return n.poolStart() + "," + n.poolEnd() + (ra.autonomous() ? ",slaac" : "") + ",64," + LEASE_TIME;
    }
}
