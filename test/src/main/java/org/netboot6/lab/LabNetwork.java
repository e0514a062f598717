package org.netboot6.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

/**
 * The lab's IPv6-only link. A network namespace "router" holds bridge br0 (radvd, DHCPv6, TFTP run there) with
 * tap0 for qemu; a veth port joins the bridge to this (root) namespace, where the netboot6 boot service listens,
 * as a management server would on a routed provisioning network. Each lab gets its own 2001:db8:XXXX:1::/64 and
 * interface names, so two labs can run side by side. Deleting the namespace removes bridge, tap and veth.
 */
public final class LabNetwork implements AutoCloseable {
    public static final String BRIDGE = "br0";
    public static final String TAP = "tap0";
    static final String NETNS_PREFIX = "nb6lab-";

    private final String id;
    private final String netns;
    private final String hostVeth;
    private final Ipv6Prefix prefix;
    private final Path dir;
    private boolean up;

    private LabNetwork(String id, Path dir) {
        this.id = id;
        this.netns = NETNS_PREFIX + id;
        this.hostVeth = "nb6h" + id;
        int subnet = Integer.parseInt(id, 16);
        this.prefix = Ipv6Prefix.parse("2001:db8:" + Integer.toHexString(subnet) + ":1::/64");
        this.dir = dir;
    }

    /** Checks that this machine can build the lab, removes labs left by killed runs, and builds a new one. */
    public static LabNetwork create(Path labDir, Timeline timeline) {
        LabPreconditions.check();
        removeAbandoned();
        byte[] r = new byte[2];
        new SecureRandom().nextBytes(r);
        String id = String.format("%04x", ((r[0] & 0xff) << 8 | (r[1] & 0xff)) | 0x1000);
        LabNetwork n = new LabNetwork(id, labDir);
        try {
            Files.createDirectories(labDir);
            Files.writeString(labDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
            Files.writeString(ownerFile(n.netns), labDir.toString());
        } catch (IOException e) {
            throw new LabException("cannot write the lab directory " + labDir + ": " + e.getMessage(), e);
        }
        n.build();
        timeline.add("lab", "namespace " + n.netns + ": " + BRIDGE + " " + n.routerAddress() + ", " + TAP
                + ", veth " + n.hostVeth + " " + n.bootServerAddress() + " (IPv6 only, no IPv4 address anywhere)");
        return n;
    }

    private static Path ownerFile(String netns) {
        return Path.of(System.getProperty("java.io.tmpdir"), netns + ".owner");
    }

    private void build() {
        up = true;
        Commands.run("ip", "netns", "add", netns);
        ns("ip", "link", "set", "lo", "up");
        ns("sysctl", "-qw", "net.ipv6.conf.all.forwarding=1");
        ns("sysctl", "-qw", "net.ipv6.conf.default.accept_dad=0");
        ns("ip", "link", "add", BRIDGE, "type", "bridge", "stp_state", "0", "forward_delay", "0", "mcast_snooping", "0");
        ns("sysctl", "-qw", "net.ipv6.conf." + BRIDGE + ".accept_dad=0");
        ns("sysctl", "-qw", "net.ipv6.conf." + BRIDGE + ".addr_gen_mode=1");
        ns("ip", "addr", "add", "fe80::1/64", "dev", BRIDGE, "nodad");
        ns("ip", "addr", "add", routerAddress() + "/64", "dev", BRIDGE, "nodad");
        ns("ip", "tuntap", "add", "dev", TAP, "mode", "tap");
        ns("ip", "link", "set", TAP, "master", BRIDGE);
        // the veth gives br0 a carrier from the start and carries the boot service's traffic
        Commands.run("ip", "link", "add", hostVeth, "type", "veth", "peer", "name", "nb6r", "netns", netns);
        Commands.run("sysctl", "-qw", "net.ipv6.conf." + hostVeth + ".accept_ra=0");
        Commands.run("sysctl", "-qw", "net.ipv6.conf." + hostVeth + ".accept_dad=0");
        Commands.run("sysctl", "-qw", "net.ipv6.conf." + hostVeth + ".autoconf=0");
        Commands.run("ip", "addr", "add", bootServerAddress() + "/64", "dev", hostVeth, "nodad");
        ns("ip", "link", "set", "nb6r", "master", BRIDGE);
        for (String dev : new String[] {"nb6r", TAP, BRIDGE}) {
            ns("ip", "link", "set", dev, "up");
        }
        Commands.run("ip", "link", "set", hostVeth, "up");
    }

    private void ns(String... command) {
        Commands.inNetns(netns, command);
    }

    public String netns() {
        return netns;
    }

    public Path dir() {
        return dir;
    }

    public Ipv6Prefix prefix() {
        return prefix;
    }

    /** Router, RA, DHCPv6 and TFTP live here (inside the namespace). */
    public Ipv6Address routerAddress() {
        return prefix.withInterfaceId(1);
    }

    /** The boot service's address, on the veth in this namespace. */
    public Ipv6Address bootServerAddress() {
        return prefix.withInterfaceId(2);
    }

    /** Kills what still runs in a lab namespace whose owning process is gone, and deletes it. */
    private static void removeAbandoned() {
        for (String line : Commands.run("ip", "netns", "list").split("\n")) {
            String name = line.split(" ")[0].trim();
            if (!name.startsWith(NETNS_PREFIX)) {
                continue;
            }
            Path owner = ownerFile(name);
            boolean alive = false;
            try {
                Path labDir = Path.of(Files.readString(owner).trim());
                long pid = Long.parseLong(Files.readString(labDir.resolve("owner.pid")).trim());
                alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (IOException | RuntimeException e) {
                // no owner record: abandoned
            }
            if (!alive) {
                delete(name);
                try {
                    Files.deleteIfExists(owner);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static void delete(String netns) {
        Commands.Result pids = Commands.tryRun("ip", "netns", "pids", netns);
        for (String pid : pids.output.split("\\s+")) {
            if (!pid.isBlank()) {
                ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        Commands.tryRun("ip", "netns", "del", netns);
    }

    @Override
    public void close() {
        if (up) {
            delete(netns);
            up = false;
            try {
                Files.deleteIfExists(ownerFile(netns));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
