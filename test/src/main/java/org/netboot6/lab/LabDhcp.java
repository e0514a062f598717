package org.netboot6.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.netboot6.model.BootNetwork;
import org.netboot6.render.ConfigFile;
import org.netboot6.render.dhcp.BootLoaders;
import org.netboot6.render.dhcp.DnsmasqConfigRenderer;
import org.netboot6.render.dhcp.DnsmasqRuntime;
import org.netboot6.render.dhcp.IscDhcpd6ConfigRenderer;
import org.netboot6.render.dhcp.KeaDhcp6ConfigRenderer;
import org.netboot6.render.dhcp.KeaRuntimePaths;
import org.netboot6.render.ra.RadvdConfigRenderer;

/**
 * Starts a lab link's router advertisements, DHCPv6 server and TFTP server for one {@link DhcpServer}. Every
 * config is rendered by netboot6 and must pass its daemon's own check before the daemon starts. Whatever is
 * started is appended to {@code resources}, so the caller stops it even when a later step fails.
 */
public final class LabDhcp {
    private static final Pattern KEA_LEASE = Pattern.compile("(DHCP6_LEASE_ALLOC|DHCP6_LEASE_ADVERT)\\s+(.*)");

    private final LabNetwork net;
    private final Path dir;
    private final Timeline timeline;
    private final List<AutoCloseable> resources;

    public LabDhcp(LabNetwork net, Path dir, Timeline timeline, List<AutoCloseable> resources) {
        this.net = net;
        this.dir = dir;
        this.timeline = timeline;
        this.resources = resources;
    }

    public void start(DhcpServer server, BootNetwork n) throws IOException {
        for (String sub : List.of("conf", "run", "logs", "tftp", "kea")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.copy(Path.of("/usr/lib/ipxe/ipxe.efi"), dir.resolve("tftp").resolve(BootLoaders.UEFI_X64_LOADER),
                StandardCopyOption.REPLACE_EXISTING);
        switch (server) {
            case KEA:
                startRadvd(n);
                startKea(n);
                startTftp();
                break;
            case ISC_DHCPD:
                startRadvd(n);
                startIscDhcpd(n);
                startTftp();
                break;
            case DNSMASQ:
                startDnsmasq(n);
                break;
            default:
                throw new IllegalArgumentException(server.toString());
        }
    }

    private void startRadvd(BootNetwork n) throws IOException {
        Path conf = dir.resolve("conf/radvd.conf");
        ConfigFile.write(conf, () -> new RadvdConfigRenderer().render(n));
        Commands.run("radvd", "--configtest", "-C", conf.toString());
        timeline.add("radvd", "rendered config passes radvd --configtest: " + n.routerAdvertisement() + ", " + n.prefix()
                + ", RDNSS " + n.dnsServers());
        Daemon d = Daemon.start("radvd", Commands.netnsCommand(net.netns(), "radvd", "-n", "-C", conf.toString(),
                "-p", dir.resolve("run/radvd.pid").toString(), "-m", "stderr", "-d", "1"), Map.of(),
                dir.resolve("logs/radvd.log"));
        resources.add(d.requireAlive(300));
    }

    private void startKea(BootNetwork n) throws IOException {
        Path conf = dir.resolve("conf/kea-dhcp6.json");
        KeaRuntimePaths paths = new KeaRuntimePaths(dir.resolve("kea"), dir.resolve("run/kea6-ctrl.sock"),
                dir.resolve("logs/kea-dhcp6.log"));
        ConfigFile.write(conf, () -> new KeaDhcp6ConfigRenderer().render(n, paths));
        Map<String, String> env = keaEnv(dir);
        Commands.Result check = keaCheck(net, conf, env);
        if (check.exitCode != 0) {
            throw new LabException("kea-dhcp6 -t rejects the rendered config " + conf + ":\n" + check.output);
        }
        timeline.add("kea", "rendered config passes kea-dhcp6 -t: iPXE -> " + BootLoaders.ipxeScriptUrl(n)
                + "; arch 7/9 -> " + BootLoaders.uefiPxeLoaderUrl(n));
        Daemon d = Daemon.start("kea-dhcp6", Commands.netnsCommand(net.netns(), "kea-dhcp6", "-c", conf.toString()),
                env, dir.resolve("logs/kea-dhcp6.stdout"));
        resources.add(d.requireAlive(500));
        resources.add(new LogFollower(paths.logFile(), "kea", timeline, line -> {
            Matcher m = KEA_LEASE.matcher(line);
            return m.find() && m.group(1).equals("DHCP6_LEASE_ALLOC") ? m.group(2) : null;
        }));
    }

    /** Kea writes PID and lock files to /run unless told otherwise. */
    public static Map<String, String> keaEnv(Path dir) {
        return Map.of("KEA_PIDFILE_DIR", dir.resolve("run").toString(), "KEA_LOCKFILE_DIR", dir.resolve("run").toString());
    }

    /** {@code kea-dhcp6 -t} inside the lab namespace, where the config's interface exists. */
    public static Commands.Result keaCheck(LabNetwork net, Path conf, Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of("env"));
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(Commands.netnsCommand(net.netns(), "kea-dhcp6", "-t", conf.toString()));
        return Commands.tryRun(command.toArray(new String[0]));
    }

    private void startIscDhcpd(BootNetwork n) throws IOException {
        Path conf = dir.resolve("conf/dhcpd6.conf");
        ConfigFile.write(conf, () -> new IscDhcpd6ConfigRenderer().render(n));
        Commands.run("dhcpd", "-6", "-t", "-cf", conf.toString());
        timeline.add("dhcpd", "rendered config passes dhcpd -6 -t: iPXE -> " + BootLoaders.ipxeScriptUrl(n));
        Path leases = dir.resolve("run/dhcpd6.leases");
        Files.write(leases, new byte[0]);
        Daemon d = Daemon.start("dhcpd -6", Commands.netnsCommand(net.netns(), "dhcpd", "-6", "-f", "-d", "-cf",
                conf.toString(), "-lf", leases.toString(), "-pf", dir.resolve("run/dhcpd6.pid").toString(),
                n.interfaceName()), Map.of(), dir.resolve("logs/dhcpd6.log"));
        resources.add(d.requireAlive(500));
        resources.add(new LogFollower(d.log(), "dhcpd", timeline, line -> line.startsWith("Reply NA") ? line : null));
    }

    private void startDnsmasq(BootNetwork n) throws IOException {
        Path conf = dir.resolve("conf/dnsmasq.conf");
        DnsmasqRuntime runtime = DnsmasqRuntime.of(dir.resolve("run/dnsmasq.pid"), dir.resolve("run/dnsmasq.leases"),
                dir.resolve("logs/dnsmasq.log")).withTftp(dir.resolve("tftp")).withRouterAdvertisements().asUser("root");
        ConfigFile.write(conf, () -> new DnsmasqConfigRenderer().render(n, runtime));
        Commands.run("dnsmasq", "--test", "--conf-file=" + conf);
        timeline.add("dnsmasq", "rendered config passes dnsmasq --test: RA " + n.routerAdvertisement()
                + ", DHCPv6, TFTP; iPXE -> " + BootLoaders.ipxeScriptUrl(n));
        Daemon d = Daemon.start("dnsmasq", Commands.netnsCommand(net.netns(), "dnsmasq", "--keep-in-foreground",
                "--conf-file=" + conf), Map.of(), dir.resolve("logs/dnsmasq.stdout"));
        resources.add(d.requireAlive(300));
        resources.add(new LogFollower(runtime.logFile(), "dnsmasq", timeline,
                line -> line.contains("DHCPREPLY") || line.contains("option: 59")
                        || (line.contains("dnsmasq-tftp") && line.contains("sent ")) ? line : null));
    }

    private void startTftp() throws IOException {
        Path root = dir.resolve("tftp");
        Path conf = dir.resolve("conf/dnsmasq-tftp.conf");
        Files.writeString(conf, "port=0\nuser=root\ninterface=" + LabNetwork.BRIDGE + "\nbind-interfaces\n"
                + "enable-tftp\ntftp-root=" + root + "\nlog-facility=-\n");
        Daemon d = Daemon.start("dnsmasq (TFTP)", Commands.netnsCommand(net.netns(), "dnsmasq", "--keep-in-foreground",
                "--conf-file=" + conf), Map.of(), dir.resolve("logs/dnsmasq-tftp.log"));
        resources.add(d.requireAlive(300));
        resources.add(new LogFollower(d.log(), "tftp", timeline, line -> line.contains("sent ") ? line : null));
        timeline.add("tftp", "dnsmasq serves " + BootLoaders.UEFI_X64_LOADER + " over TFTP on " + net.routerAddress());
    }
}
