package org.netboot6.render.hostnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;
import org.netboot6.render.install.InstallFixtures;

class HostNetworkRenderersTest {
    private static final String DUID_LL = "00:03:00:01:02:00:00:00:00:01";

    private static Map<String, String> byPath(List<RenderedFile> files) {
        return files.stream().collect(Collectors.toMap(RenderedFile::path, RenderedFile::content));
    }

    private static HostNetwork bond(BondMode mode, AddressingMode addressing) {
        return InstallFixtures.hostNetwork(InstallFixtures.bond(mode), addressing);
    }

    /** FR-03: slaves by permanent MAC, bond MAC pinned to the primary's permanent MAC, in all three stacks. */
    @Test
    void fr03BondMacIsPinnedToThePrimaryPermanentMacEverywhere() {
        HostNetwork net = bond(BondMode.LACP, AddressingMode.STATIC);
        String interfaces = new IfupdownRenderer().interfaces(net);
        assertThat(interfaces).contains("iface bond0 inet6 static\n", "\thwaddress ether 02:00:00:00:00:01\n",
                "\tbond-slaves nb6p0 nb6p1\n", "\tbond-mode 802.3ad\n", "\tbond-xmit-hash-policy layer3+4\n");
        Map<String, String> deb = byPath(new IfupdownRenderer().render(net));
        assertThat(deb.get("/etc/systemd/network/10-netboot6-nb6p0.link"))
                .contains("[Match]\nPermanentMACAddress=02:00:00:00:00:01\n\n[Link]\nName=nb6p0\n");
        assertThat(deb.get("/etc/systemd/network/10-netboot6-nb6p1.link"))
                .contains("PermanentMACAddress=02:00:00:00:00:02\n").contains("Name=nb6p1\n");

        String netplan = byPath(new NetplanRenderer().render(net)).get(NetplanRenderer.NETPLAN_PATH);
        assertThat(netplan).contains("    nb6p0:\n      match:\n        macaddress: \"02:00:00:00:00:01\"\n"
                + "      set-name: \"nb6p0\"\n")
                .contains("    bond0:\n      interfaces:\n        - \"nb6p0\"\n        - \"nb6p1\"\n"
                        + "      macaddress: \"02:00:00:00:00:01\"\n");

        Map<String, String> nm = byPath(new NetworkManagerRenderer().render(net));
        assertThat(nm.get(NetworkManagerRenderer.DIR + "netboot6-bond0.nmconnection"))
                .contains("type=bond\n", "[ethernet]\ncloned-mac-address=02:00:00:00:00:01\n", "mode=802.3ad\n");
        assertThat(nm.get(NetworkManagerRenderer.DIR + "netboot6-nb6p1.nmconnection"))
                .contains("master=bond0\nslave-type=bond\n", "[ethernet]\nmac-address=02:00:00:00:00:02\n")
                .doesNotContain("[ipv6]");
    }

    /** FR-02 / FR-06: the installed system's DHCPv6 identity is DUID-LL of the primary's permanent MAC. */
    @Test
    void fr02DuidIsPinnedToLinkLayerOfThePermanentMac() {
        HostNetwork net = bond(BondMode.ACTIVE_BACKUP, AddressingMode.SLAAC);
        Map<String, String> deb = byPath(new IfupdownRenderer().render(net));
        assertThat(deb.get("/etc/dhcp/dhclient.conf")).contains("send dhcp6.client-id " + DUID_LL + ";\n");
        assertThat(deb.get("/var/lib/dhcpcd/duid")).isEqualTo(DUID_LL + "\n");
        assertThat(byPath(new NetplanRenderer().render(net)).get("/etc/systemd/networkd.conf.d/50-netboot6-duid.conf"))
                .contains("[DHCPv6]\nDUIDType=link-layer\nDUIDRawData=00:01:02:00:00:00:00:01\n");
        assertThat(byPath(new NetworkManagerRenderer().render(net))
                .get(NetworkManagerRenderer.DIR + "netboot6-bond0.nmconnection"))
                .contains("dhcp-duid=" + DUID_LL + "\n", "ip6-privacy=0\n", "addr-gen-mode=eui64\n", "method=auto\n");
    }

    @Test
    void privacyAddressesAreOffInEveryStack() {
        HostNetwork net = InstallFixtures.hostNetwork(HostLink.single(InstallFixtures.P9P1), AddressingMode.SLAAC);
        for (List<RenderedFile> files : List.of(new IfupdownRenderer().render(net), new NetplanRenderer().render(net),
                new NetworkManagerRenderer().render(net))) {
            assertThat(byPath(files).get("/etc/sysctl.d/60-netboot6-ipv6.conf"))
                    .contains("net.ipv6.conf.all.use_tempaddr = 0\n", "net.ipv6.conf.default.use_tempaddr = 0\n");
        }
        assertThat(new IfupdownRenderer().interfaces(net)).contains("iface nb6p0 inet6 auto\n\tprivext 0\n\tdhcp 1\n");
        assertThat(byPath(new NetplanRenderer().render(net)).get(NetplanRenderer.NETPLAN_PATH))
                .contains("ipv6-privacy: false\n", "dhcp6: true\n", "accept-ra: true\n");
        // ifupdown's auto method would drop hwaddress, so a SLAAC bond uses manual + kernel SLAAC
        assertThat(new IfupdownRenderer().interfaces(bond(BondMode.LACP, AddressingMode.SLAAC)))
                .contains("iface bond0 inet6 manual\n\tdns-nameservers", "\thwaddress ether 02:00:00:00:00:01\n");
    }

    @Test
    void debianGetsAStaticResolvConf() {
        HostNetwork net = InstallFixtures.hostNetwork(HostLink.single(InstallFixtures.P9P1), AddressingMode.SLAAC);
        assertThat(byPath(new IfupdownRenderer().render(net)).get("/etc/resolv.conf")).endsWith(
                "nameserver 2001:db8:0:1::53\nnameserver 2001:db8::53\nsearch lab.example\n");
    }

    @Test
    void staticSingleNicHasExactlyThePlannedAddressAndNoSlaac() {
        HostNetwork net = InstallFixtures.hostNetwork(HostLink.single(InstallFixtures.P9P1), AddressingMode.STATIC);
        assertThat(new IfupdownRenderer().interfaces(net)).endsWith("auto nb6p0\n"
                + "iface nb6p0 inet6 static\n"
                + "\taddress 2001:db8:0:1:8a2e:370:7334:1/64\n"
                + "\tgateway fe80::1\n"
                + "\taccept_ra 0\n"
                + "\tautoconf 0\n"
                + "\tdns-nameservers 2001:db8:0:1::53 2001:db8::53\n"
                + "\tdns-search lab.example\n");
        assertThat(byPath(new NetworkManagerRenderer().render(net)).get(NetworkManagerRenderer.DIR
                + "netboot6-nb6p0.nmconnection")).contains("[ipv4]\nmethod=disabled\n",
                "[ipv6]\nmethod=manual\naddress1=2001:db8:0:1:8a2e:370:7334:1/64\ngateway=fe80::1\n"
                        + "dns=2001:db8:0:1::53;2001:db8::53;\n", "dns-search=lab.example;\n");
        assertThat(byPath(new NetplanRenderer().render(net)).get(NetplanRenderer.NETPLAN_PATH))
                .contains("      accept-ra: false\n      addresses:\n        - \"2001:db8:0:1:8a2e:370:7334:1/64\"\n"
                        + "      routes:\n        - to: \"default\"\n          via: \"fe80::1\"\n");
    }

    @Test
    void activeBackupNamesThePrimaryPort() {
        HostNetwork net = bond(BondMode.ACTIVE_BACKUP, AddressingMode.STATIC);
        assertThat(new IfupdownRenderer().interfaces(net)).contains("\tbond-mode active-backup\n\tbond-miimon 100\n"
                + "\tbond-primary nb6p0\n");
        assertThat(byPath(new NetplanRenderer().render(net)).get(NetplanRenderer.NETPLAN_PATH))
                .contains("mode: \"active-backup\"\n", "primary: \"nb6p0\"\n");
        assertThat(byPath(new NetworkManagerRenderer().render(net)).get(NetworkManagerRenderer.DIR
                + "netboot6-bond0.nmconnection")).contains("mode=active-backup\nmiimon=100\nprimary=nb6p0\n");
    }

    @Test
    void renderingIsAPureFunction() {
        HostNetwork net = bond(BondMode.LACP, AddressingMode.STATIC);
        Function<List<RenderedFile>, Map<String, String>> f = HostNetworkRenderersTest::byPath;
        assertThat(f.apply(new NetworkManagerRenderer().render(net)))
                .isEqualTo(f.apply(new NetworkManagerRenderer().render(bond(BondMode.LACP, AddressingMode.STATIC))));
        assertThat(byPath(new NetworkManagerRenderer().render(net)).keySet()).containsExactlyInAnyOrder(
                "/etc/systemd/network/10-netboot6-nb6p0.link", "/etc/systemd/network/10-netboot6-nb6p1.link",
                "/etc/sysctl.d/60-netboot6-ipv6.conf", NetworkManagerRenderer.DIR + "netboot6-bond0.nmconnection",
                NetworkManagerRenderer.DIR + "netboot6-nb6p0.nmconnection",
                NetworkManagerRenderer.DIR + "netboot6-nb6p1.nmconnection");
    }
}
