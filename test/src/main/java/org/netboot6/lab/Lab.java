package org.netboot6.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.netboot6.boot.BootHttpServer;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.service.HostService;
import org.netboot6.service.ProfileService;
import org.netboot6.store.StoredProfile;
import org.netboot6.model.InstallProfile;
import org.netboot6.service.Netboot6Services;
import org.netboot6.service.NewHost;
import org.netboot6.store.StoredNetwork;

/**
 * The IPv6-only netboot lab: a namespace with RA, DHCPv6 (Kea by default, or dnsmasq, or ISC dhcpd -6; see
 * {@link LabDhcp}) and TFTP servers configured by netboot6's renderers (each config checked by its daemon
 * first), the netboot6 boot service, and qemu guests with Debian's iPXE and OVMF firmware. A boot succeeds when the guest's host reaches DONE in the database.
 */
public final class Lab implements AutoCloseable {
    private static final Pattern SERIAL_INTERESTING = Pattern.compile(
            "(netboot6:.*|iPXE initialising.*|iPXE \\d.*|>>Start PXE over IPv6.*|Station IP address.*|"
                    + "Downloading NBP file.*|NBP file downloaded.*|Configuring \\(net0.*|http://\\S+.*|tftp://\\S+.*)");

    private final Timeline timeline;
    /** Everything started, in order; closed in reverse, also when start-up fails half-way. */
    private final List<AutoCloseable> resources;
    private final LabNetwork net;
    private final HostService hosts;
    private final ProfileService profiles;
    private final StoredNetwork network;
    private final DhcpServer dhcpServer;

    private Lab(Path dir, DataSource dataSource, Timeline timeline, DhcpServer dhcpServer, List<AutoCloseable> resources)
            throws IOException {
        this.timeline = timeline;
        this.resources = resources;
        this.dhcpServer = dhcpServer;
        Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("logs"));
        net = LabNetwork.create(dir, timeline);
        resources.add(net);

        int port = freePort(net);
        BootNetwork bootNetwork = BootNetwork.builder()
                .name("lab-" + net.netns())
                .interfaceName(LabNetwork.BRIDGE)
                .prefix(net.prefix())
                .router(net.routerAddress())
                .bootServer(net.bootServerAddress())
                .bootPort(port)
                .tftpServer(net.routerAddress())
                .dnsServer(net.routerAddress())
                .searchDomain(DomainName.parse("searchDomain", "lab.example"))
                .build();
        Netboot6Services services = new Netboot6Services(dataSource, Clock.systemUTC(), bootNetwork.bootBaseUrl());
        int migrations = services.migrate();
        resources.add(services.startCaching());
        timeline.add("db", "schema migrated (" + migrations + " migrations applied)");
        hosts = services.hosts();
        profiles = services.profiles();
        network = services.networks().create(bootNetwork);

        BootHttpServer http = new BootHttpServer(new InetSocketAddress(
                InetAddress.getByAddress(net.bootServerAddress().octets()), port), 8, services.boot(),
                (remote, method, path, status, bytes, micros) ->
                        timeline.add("http", remote + " " + method + " " + path + " -> " + status + " (" + bytes + " B)"));
        http.start();
        resources.add(http);
        timeline.add("netboot6", "boot service listening on " + bootNetwork.bootBaseUrl() + "/");

        new LabDhcp(net, dir, timeline, resources).start(dhcpServer, bootNetwork);
    }

    /** A lab whose DHCPv6 server is Kea. */
    public static Lab start(Path dir, DataSource dataSource, Timeline timeline) {
        return start(dir, dataSource, timeline, DhcpServer.KEA);
    }

    public static Lab start(Path dir, DataSource dataSource, Timeline timeline, DhcpServer dhcpServer) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            return new Lab(dir, dataSource, timeline, dhcpServer, started);
        } catch (IOException | RuntimeException e) {
            closeAll(started, timeline);
            if (e instanceof LabException) {
                throw (LabException) e;
            }
            throw new LabException("cannot set up the lab in " + dir + ": " + e, e);
        }
    }

    private static int freePort(LabNetwork net) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByAddress(net.bootServerAddress().octets()))) {
            return s.getLocalPort();
        }
    }

    /** Registers a host, arms a probe, boots it with {@code firmware} and waits until it reports DONE. */
    public BootResult boot(Firmware firmware, Mac mac, SmbiosUuid uuid, Hostname name, Duration timeout) {
        BootHost host = register(mac, uuid, name, null);
        hosts.provision(host.uuid(), null, true, Duration.ofMinutes(30));
        timeline.add("netboot6", "host " + name + " " + mac + " registered and armed for a probe (state PROVISIONING)");
        return run(host, firmware, timeout, "DONE", h -> h.state() == HostState.DONE);
    }

    /**
     * Registers a host with {@code profile}, arms its install and boots it until it has fetched its own installer
     * file with its token; the VM is stopped there (the lab has no package mirror to finish an install).
     */
    public BootResult installUntilAnswerFile(Firmware firmware, Mac mac, SmbiosUuid uuid, Hostname name,
            StoredProfile profile, Duration timeout) {
        BootHost host = register(mac, uuid, name, profile.uuid());
        hosts.provision(host.uuid(), null, false, Duration.ofMinutes(30));
        timeline.add("netboot6", "host " + name + " " + mac + " registered and armed for " + profile.profile().release()
                + " (planned address " + host.address().map(Object::toString).orElse("-") + ")");
        return run(host, firmware, timeout, "its answer file",
                h -> hosts.timeline(h.id()).stream().anyMatch(e -> e.kind().equals("installer-file")));
    }

    public StoredProfile createProfile(InstallProfile profile) {
        return profiles.create(profile);
    }

    /** Serves installer kernels and initrds to the lab's guests, as an operator's mirror would. */
    public String serveFiles(Map<String, Path> files) {
        try {
            LabFileServer server = new LabFileServer(InetAddress.getByAddress(net.bootServerAddress().octets()), files,
                    timeline);
            resources.add(server);
            return "http://" + net.bootServerAddress().bracketed() + ":" + server.port();
        } catch (IOException e) {
            throw new LabException("cannot start the lab's file server: " + e.getMessage(), e);
        }
    }

    private BootHost register(Mac mac, SmbiosUuid uuid, Hostname name, String profileUuid) {
        NewHost spec = new NewHost();
        spec.networkUuid = network.uuid();
        spec.macs.add(mac);
        spec.hostname = name;
        spec.smbiosUuid = uuid;
        spec.profileUuid = profileUuid;
        return hosts.add(spec);
    }

    private BootResult run(BootHost host, Firmware firmware, Duration timeout, String goal, Predicate<BootHost> reached) {
        Hostname name = host.hostname();
        Mac mac = host.mac();
        SmbiosUuid uuid = host.smbiosUuid().orElseThrow();
        Path serial = net.dir().resolve("logs/serial-" + name + ".log");
        long started = System.nanoTime();
        timeline.add("qemu", "powering on " + name + ": " + firmware.label());
        try (Daemon vm = Qemu.boot(net, firmware, mac, uuid, serial);
             LogFollower console = new LogFollower(serial, name.toString(), timeline, line -> {
                 Matcher m = SERIAL_INTERESTING.matcher(line);
                 return m.find() ? m.group(1) : null;
             })) {
            long deadline = started + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (reached.test(hosts.host(host.id()))) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    timeline.add("netboot6", String.format("%s reached %s after %.1f s", name, goal, seconds));
                    return new BootResult(firmware, hosts.host(host.id()), seconds, hosts.timeline(host.id()));
                }
                if (!vm.isAlive()) {
                    throw new LabException(name + " (" + firmware.label() + ") powered off before reaching " + goal + "; "
                            + "serial console:\n" + LogTail.of(serial, 40));
                }
                vm.waitFor(200);
            }
            throw new LabException(name + " (" + firmware.label() + ") did not reach " + goal + " within " + timeout.toSeconds()
                    + " s; state " + hosts.host(host.id()).state() + "; serial console:\n" + LogTail.of(serial, 40)
                    + "\n" + dhcpServer.label() + " log:\n" + LogTail.of(dhcpLog(), 15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while booting " + name, e);
        }
    }

    private Path dhcpLog() {
        switch (dhcpServer) {
            case DNSMASQ:
                return net.dir().resolve("logs/dnsmasq.log");
            case ISC_DHCPD:
                return net.dir().resolve("logs/dhcpd6.log");
            default:
                return net.dir().resolve("logs/kea-dhcp6.log");
        }
    }

    public DhcpServer dhcpServer() {
        return dhcpServer;
    }

    public Timeline timeline() {
        return timeline;
    }

    public LabNetwork network() {
        return net;
    }

    @Override
    public void close() {
        closeAll(resources, timeline);
    }

    private static void closeAll(List<AutoCloseable> resources, Timeline timeline) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                timeline.add("lab", "teardown of " + resources.get(i).getClass().getSimpleName() + " failed: " + e);
            }
        }
        resources.clear();
        timeline.add("lab", "torn down: processes stopped, lab namespace deleted");
    }
}
