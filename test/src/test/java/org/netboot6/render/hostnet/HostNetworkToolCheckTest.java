package org.netboot6.render.hostnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboot6.lab.Commands;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;
import org.netboot6.render.install.ToolFixtures;

/**
 * Every host-network file, for every host shape (single NIC, 802.3ad bond, active-backup bond) and both addressing
 * modes, passes the real tool: {@code netplan generate --root-dir}, {@code ifup --no-act -i}, and NetworkManager's
 * own keyfile reader ({@code nmcli --offline connection modify}, NetworkManager 1.42 in Debian 12). What the tool
 * makes of the file is checked too (the pinned bond MAC, the permanent-MAC match, the DUID), and each tool is shown
 * to reject a broken file, so a pass means something.
 */
class HostNetworkToolCheckTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        ToolFixtures.requireTool("netplan", "netplan.io");
        ToolFixtures.requireTool("ifup", "ifupdown");
        ToolFixtures.requireTool("nmcli", "network-manager");
    }

    private static List<HostNetwork> shapes() {
        List<HostNetwork> all = new java.util.ArrayList<>();
        for (HostLink link : ToolFixtures.links()) {
            for (AddressingMode mode : AddressingMode.values()) {
                all.add(ToolFixtures.hostNetwork(link, mode));
                all.add(ToolFixtures.hostNetworkWithoutDns(link, mode)); // ifup rejected an empty dns-nameservers
            }
        }
        return all;
    }

    private Path root(String name, List<RenderedFile> files) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(name));
        ToolFixtures.install(root, files);
        return root;
    }

    @Test
    void netplanGeneratesNetworkdConfigForEveryShape() throws IOException {
        int i = 0;
        for (HostNetwork net : shapes()) {
            Path root = root("netplan" + i++, new NetplanRenderer().render(net));
            Commands.Result r = Commands.tryRun("netplan", "generate", "--root-dir", root.toString());
            assertThat(r.exitCode).as(net.link().interfaceName() + " " + net.addressing() + ": " + r.output).isZero();
            Path out = root.resolve("run/systemd/network");
            assertThat(Files.readString(out.resolve("10-netplan-nb6p0.link")))
                    .contains("PermanentMACAddress=02:00:00:00:00:01\n").contains("Name=nb6p0\n");
            String carrier = Files.readString(out.resolve("10-netplan-" + net.link().interfaceName() + ".network"));
            if (net.addressing() == AddressingMode.STATIC) {
                assertThat(carrier).contains("Address=2001:db8:0:1:8a2e:370:7334:1/64\n", "IPv6AcceptRA=no\n",
                        "Gateway=fe80::1\n");
            } else {
                assertThat(carrier).contains("DHCP=ipv6\n").doesNotContain("IPv6PrivacyExtensions=yes");
            }
            if (net.link().isBond()) {
                // FR-03: the bond's MAC is the primary port's permanent MAC, whatever port comes up first
                assertThat(Files.readString(out.resolve("10-netplan-bond0.netdev")))
                        .contains("MACAddress=02:00:00:00:00:01\n", "Kind=bond\n",
                                "Mode=" + net.link().bondMode().get().kernelName() + "\n");
                assertThat(Files.readString(out.resolve("10-netplan-nb6p1.link")))
                        .contains("PermanentMACAddress=02:00:00:00:00:02\n");
            }
        }
    }

    @Test
    void netplanRejectsABrokenFile() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("broken/etc/netplan")).getParent().getParent();
        Files.writeString(root.resolve("etc/netplan/50-x.yaml"), "network:\n  version: 2\n  ethernets:\n    e0:\n"
                + "      addresses: [\"not-an-address\"]\n");
        assertThat(Commands.tryRun("netplan", "generate", "--root-dir", root.toString()).exitCode).isNotZero();
    }

    @Test
    void ifupAcceptsTheInterfacesFileOfEveryShape() throws IOException {
        int i = 0;
        for (HostNetwork net : shapes()) {
            Path file = tmp.resolve("interfaces" + i++);
            Files.writeString(file, new IfupdownRenderer().interfaces(net));
            Commands.Result r = ifupNoAct(file);
            assertThat(r.exitCode).as(net.link().interfaceName() + " " + net.addressing() + ": " + r.output).isZero();
            String dev = net.link().interfaceName();
            if (net.addressing() == AddressingMode.STATIC) {
                assertThat(r.output).contains("ip -6 addr add 2001:db8:0:1:8a2e:370:7334:1/64  dev " + dev)
                        .contains("ip -6 route replace default via fe80::1  dev " + dev)
                        .contains("net.ipv6.conf." + dev + ".autoconf=0");
            }
            if (net.link().isBond()) {
                // FR-03: the pinned MAC is set after ifenslave made the bond and before the link (and SLAAC) starts
                String out = r.output;
                assertThat(out).contains("ip link set dev bond0 address 02:00:00:00:00:01");
                assertThat(out.indexOf("ip link set dev bond0 address 02:00:00:00:00:01"))
                        .isGreaterThan(out.lastIndexOf("run-parts --exit-on-error /etc/network/if-pre-up.d"));
            } else if (net.addressing() == AddressingMode.SLAAC) {
                assertThat(r.output).contains("net.ipv6.conf.nb6p0.use_tempaddr=0");
            }
        }
    }

    @Test
    void ifupRejectsABrokenFile() throws IOException {
        Path file = tmp.resolve("broken-interfaces");
        Files.writeString(file, "auto e0\niface e0 inet6 nonsense\n");
        assertThat(ifupNoAct(file).exitCode).isNotZero();
    }

    private Commands.Result ifupNoAct(Path file) throws IOException {
        Path state = Files.createTempDirectory(tmp, "ifstate");
        return Commands.tryRun("ifup", "--no-act", "-i", file.toString(), "--state-dir", state.toString(), "-a");
    }

    @Test
    void networkManagerReadsEveryKeyfile() throws IOException {
        int i = 0;
        for (HostNetwork net : shapes()) {
            for (RenderedFile f : new NetworkManagerRenderer().render(net)) {
                if (!f.path().endsWith(".nmconnection")) {
                    continue;
                }
                Path file = tmp.resolve("k" + i++ + ".nmconnection");
                Files.writeString(file, f.content());
                Commands.Result r = nmcliOffline(file);
                assertThat(r.exitCode).as(f.path() + ": " + r.output).isZero();
                if (f.path().endsWith("bond0.nmconnection")) {
                    assertThat(r.output).contains("cloned-mac-address=02:00:00:00:00:01\n",
                            "dhcp-duid=00:03:00:01:02:00:00:00:00:01\n", "ip6-privacy=0\n", "addr-gen-mode=eui64\n");
                } else if (f.path().endsWith("nb6p1.nmconnection")) {
                    assertThat(r.output).contains("mac-address=02:00:00:00:00:02\n", "slave-type=bond\n");
                }
            }
        }
        assertThat(i).as("keyfiles of 3 links x 2 addressings x with and without DNS").isEqualTo(2 * 2 * (1 + 3 + 3));
    }

    @Test
    void networkManagerRejectsABrokenKeyfile() throws IOException {
        Path file = tmp.resolve("broken.nmconnection");
        Files.writeString(file, "[connection]\nid=x\ntype=ethernet\n\n[ipv6]\nmethod=manual\n");
        assertThat(nmcliOffline(file).exitCode).isNotZero();
    }

    /** NetworkManager's keyfile reader and verifier, without a daemon: reads stdin, prints the normalized keyfile. */
    private static Commands.Result nmcliOffline(Path file) {
        return Commands.tryRun("sh", "-c", "nmcli --offline connection modify < \"$1\"", "nmcli", file.toString());
    }
}
