package org.netboot6.cloudstack;

import org.netboot6.service.BootService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.cloudstack.Netboot6Settings.DhcpBackend;
import org.netboot6.cloudstack.api.response.NetbootConfigFileResponse;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.render.dhcp.DnsmasqConfigRenderer;
import org.netboot6.render.dhcp.DnsmasqRuntime;
import org.netboot6.render.dhcp.IscDhcpd6ConfigRenderer;
import org.netboot6.render.dhcp.KeaDhcp6ConfigRenderer;
import org.netboot6.render.dhcp.KeaRuntimePaths;
import org.netboot6.render.ra.RadvdConfigRenderer;

/**
 * The files netboot6 renders for one host and its boot network, for review: the host's iPXE script and installer
 * files as the boot service would answer them now ({@link BootService#preview}), radvd.conf and the DHCPv6 server's
 * configuration. Secrets never appear: the host's live token is not even read (its place is shown as {@link #MASK}).
 */
public final class HostConfigFiles {
    public static final String MASK = BootService.TOKEN_MASK;

    private final RadvdConfigRenderer radvd = new RadvdConfigRenderer();

    private final BootService boot;

    public HostConfigFiles(BootService boot) {
        this.boot = boot;
    }

    public List<NetbootConfigFileResponse> render(BootHost host, BootNetwork network, DhcpBackend backend) {
        List<NetbootConfigFileResponse> files = new ArrayList<>();
        boot.preview(host).forEach((name, content) -> files.add(new NetbootConfigFileResponse(name, content)));
        files.add(new NetbootConfigFileResponse("radvd.conf", radvd.render(network)));
        files.add(dhcp(network, backend));
        return files;
    }

    private static NetbootConfigFileResponse dhcp(BootNetwork network, DhcpBackend backend) {
        switch (backend) {
            case ISC:
                return new NetbootConfigFileResponse("dhcpd6.conf", new IscDhcpd6ConfigRenderer().render(network));
            case DNSMASQ:
                DnsmasqRuntime runtime = DnsmasqRuntime.of(Path.of("/run/dnsmasq/netboot6.pid"),
                        Path.of("/var/lib/misc/netboot6.leases"), Path.of("/var/log/netboot6-dnsmasq.log"));
                return new NetbootConfigFileResponse("dnsmasq.conf", new DnsmasqConfigRenderer().render(network, runtime));
            case KEA:
            default:
                return new NetbootConfigFileResponse("kea-dhcp6.conf",
                        new KeaDhcp6ConfigRenderer().render(network, KeaRuntimePaths.debianDefaults()));
        }
    }
}
