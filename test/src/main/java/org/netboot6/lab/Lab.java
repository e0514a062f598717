package org.netboot6.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.ConfigurationException;
import javax.sql.DataSource;

import org.netboot6.cloudstack.Netboot6ManagerImpl;
import org.netboot6.cloudstack.Netboot6Settings;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/**
 * The IPv6-only netboot lab: a namespace with RA, DHCPv6 (Kea by default, or dnsmasq, or ISC dhcpd -6; see
 * {@link LabDhcp}) and TFTP servers configured by netboot6's renderers (each config checked by its daemon
 * first), the netboot6 plugin's manager (configured and started as CloudStack does, serving the boot service) driven
 * through its API commands, and qemu guests with Debian's iPXE and OVMF firmware. A boot succeeds when the guest's
 * host reaches DONE in the database.
 */
public final class Lab implements AutoCloseable {
    private static final Pattern SERIAL_INTERESTING = Pattern.compile(
            "(netboot6:.*|iPXE initialising.*|iPXE \\d.*|>>Start PXE over IPv6.*|Station IP address.*|"
                    + "Downloading NBP file.*|NBP file downloaded.*|Configuring \\(net0.*|http://\\S+.*|tftp://\\S+.*)");

    private final Timeline timeline;
    /** Everything started, in order; closed in reverse, also when start-up fails half-way. */
    private final List<AutoCloseable> resources;
    private final LabNetwork net;
    private final Netboot6ManagerImpl manager;
    private final LabApi api;
    private final String networkId;
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
        String publicUrl = "http://" + net.bootServerAddress().bracketed() + ":" + port + "/netboot6";
        Netboot6Settings settings = new Netboot6Settings(net.bootServerAddress().toString(), port, publicUrl, 8,
                Duration.ofMinutes(30), Netboot6Settings.DhcpBackend.KEA);
        resources.add(new AccessLogToTimeline(timeline));
        // the plugin's manager, started as CloudStack starts it: configure() migrates, start() serves
        manager = new Netboot6ManagerImpl(dataSource, () -> settings, Clock.systemUTC());
        try {
            manager.configure("netboot6Manager", new HashMap<>());
        } catch (ConfigurationException e) {
            throw new LabException("the netboot6 manager refused to configure: " + e.getMessage(), e);
        }
        resources.add(manager::stop);
        manager.start();
        timeline.add("netboot6", "manager configured (schema migrated) and started: boot service on " + publicUrl + "/");
        api = new LabApi(manager, timeline);
        NetbootNetworkResponse created = api.createNetwork(Map.of("name", "lab-" + net.netns(),
                "interfacename", LabNetwork.BRIDGE, "prefix", net.prefix().toString(),
                "router", net.routerAddress().toString(), "bootserver", net.bootServerAddress().toString(),
                "bootport", Integer.toString(port), "tftpserver", net.routerAddress().toString(),
                "dnsservers", net.routerAddress().toString(), "searchdomains", "lab.example"));
        networkId = created.getId();
        BootNetwork bootNetwork = manager.services().networks().get(networkId).network();

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
        String hostId = register(mac, uuid, name, null);
        api.provision(hostId, true);
        return run(hostId, firmware, timeout, "DONE", id -> api.state(id).equals(HostState.DONE.name()));
    }

    /**
     * Registers a host with {@code profile}, arms its install and boots it until it has fetched its own installer
     * file with its token; the VM is stopped there (the lab has no package mirror to finish an install).
     */
    public BootResult installUntilAnswerFile(Firmware firmware, Mac mac, SmbiosUuid uuid, Hostname name,
            String profileId, Duration timeout) {
        String hostId = register(mac, uuid, name, profileId);
        api.provision(hostId, false);
        return run(hostId, firmware, timeout, "its answer file", id -> manager.services().hosts()
                .timeline(host(id).id()).stream().anyMatch(e -> e.kind().equals("installer-file")));
    }

    /** createNetbootProfile with these parameters; returns the profile's id. */
    public String createProfile(Map<String, String> params) {
        return api.createProfile(params).getId();
    }

    private BootHost host(String hostId) {
        return manager.services().hosts().get(hostId);
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

    private String register(Mac mac, SmbiosUuid uuid, Hostname name, String profileId) {
        Map<String, String> params = new HashMap<>(Map.of("networkid", networkId, "hostname", name.toString(),
                "macaddresses", mac.toString(), "smbiosuuid", uuid.toString()));
        if (profileId != null) {
            params.put("profileid", profileId);
        }
        return api.addHost(params).getId();
    }

    private BootResult run(String hostId, Firmware firmware, Duration timeout, String goal, Predicate<String> reached) {
        BootHost host = host(hostId);
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
                if (reached.test(hostId)) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    timeline.add("netboot6", String.format("%s reached %s after %.1f s", name, goal, seconds));
                    manager.services().flushBootEvents();
                    return new BootResult(firmware, host(hostId), seconds, manager.services().hosts().timeline(host.id()));
                }
                if (!vm.isAlive()) {
                    throw new LabException(name + " (" + firmware.label() + ") powered off before reaching " + goal + "; "
                            + "serial console:\n" + LogTail.of(serial, 40));
                }
                vm.waitFor(200);
            }
            throw new LabException(name + " (" + firmware.label() + ") did not reach " + goal + " within " + timeout.toSeconds()
                    + " s; state " + api.state(hostId) + "; serial console:\n" + LogTail.of(serial, 40)
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
