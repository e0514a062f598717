package org.netboot6.daemons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.identity.Duid;
import org.netboot6.identity.HostReservation;
import org.netboot6.lab.Commands;
import org.netboot6.lab.LabDhcp;
import org.netboot6.lab.LabNetwork;
import org.netboot6.lab.Timeline;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.DomainName;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.Mac;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.render.ConfigFile;
import org.netboot6.render.dhcp.DnsmasqConfigRenderer;
import org.netboot6.render.dhcp.DnsmasqRuntime;
import org.netboot6.render.dhcp.IscDhcpd6ConfigRenderer;
import org.netboot6.render.dhcp.KeaDhcp6ConfigRenderer;
import org.netboot6.render.dhcp.KeaRuntimePaths;
import org.netboot6.render.ra.RadvdConfigRenderer;

/**
 * Every rendered RA and DHCPv6 file, for every kind of boot network, passes its daemon's own check:
 * {@code kea-dhcp6 -t} (inside a namespace that has the interface), {@code dhcpd -6 -t -cf}, {@code dnsmasq --test}
 * and {@code radvd --configtest}. Each check is also shown to reject a broken file, so a pass means something.
 */
class DaemonConfigCheckTest {
    private static Path dir;
    private static LabNetwork net;

    @BeforeAll
    static void namespace() throws Exception {
        dir = Files.createTempDirectory("netboot6-check-");
        Files.createDirectories(dir.resolve("kea"));
        Files.createDirectories(dir.resolve("run"));
        net = LabNetwork.create(dir, new Timeline(System.out));
    }

    @AfterAll
    static void removeNamespace() throws Exception {
        if (net != null) {
            net.close();
        }
        TempDirs.delete(dir);
    }

    private static BootNetwork.Builder base() {
        return BootNetwork.builder().name("rack-1.check").interfaceName(LabNetwork.BRIDGE)
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("2001:db8:0:1::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).tftpServer(Ipv6Address.parse("2001:db8:0:1::1"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53"));
    }

    /** The kinds of network the validator accepts, each with something the others lack. */
    private static Map<String, BootNetwork> networks() {
        Map<String, BootNetwork> n = new LinkedHashMap<>();
        n.put("stateful", base().searchDomain(DomainName.parse("d", "lab.example"))
                .searchDomain(DomainName.parse("d", "example.org")).build());
        n.put("stateless", base().routerAdvertisement(RouterAdvertisement.STATELESS).build());
        n.put("no default router, no SLAAC", base().routerAdvertisement(RouterAdvertisement.of(true, true, false, false))
                .build());
        n.put("no DNS", BootNetwork.builder().name("nodns").interfaceName(LabNetwork.BRIDGE)
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).build());
        BootNetwork.Builder many = base().bootServer(Ipv6Address.parse("2001:db8:0:2::2")).bootPort(65535)
                .loaderBaseUrl(BootUrl.parse("loaderBaseUrl", "http://boot-01.lab.example:8080/efi/x_y~z"));
        for (int i = 1; i <= 5; i++) {
            many.dnsServer(Ipv6Address.parse("2001:db8::" + (0x53 + i)));
        }
        n.put("off-link servers, five DNS servers, DNS-named loader URL", many.build());
        return n;
    }

    private static final List<HostReservation> RESERVATIONS = List.of(
            HostReservation.byMac(Hostname.parse("vm1"), Mac.parse("00:00:5e:00:53:01"), Ipv6Address.parse("2001:db8:0:1::101")),
            HostReservation.byDuid(Hostname.parse("vm2"), Duid.uuid(SmbiosUuid.parse("11111111-2222-3333-4444-555555555502")),
                    Ipv6Address.parse("2001:db8:0:1::102")),
            HostReservation.byDuid(Hostname.parse("os3"), Duid.ll(Mac.parse("52:54:00:00:00:03")),
                    Ipv6Address.parse("2001:db8:0:1::103")));

    private static Path write(String name, Supplier<String> renderer) throws Exception {
        return ConfigFile.write(dir.resolve(name), renderer);
    }

    private static KeaRuntimePaths keaPaths() {
        return new KeaRuntimePaths(dir.resolve("kea"), dir.resolve("kea/ctrl.sock"), dir.resolve("kea/kea.log"));
    }

    private static DnsmasqRuntime dnsmasqRuntime() {
        return DnsmasqRuntime.of(dir.resolve("dnsmasq.pid"), dir.resolve("dnsmasq.leases"), dir.resolve("dnsmasq.log"));
    }

    private static Commands.Result kea(Path conf) {
        return LabDhcp.keaCheck(net, conf, LabDhcp.keaEnv(dir));
    }

    private static Commands.Result keaOutsideTheNamespace(Path conf) {
        return Commands.tryRun("env", "KEA_PIDFILE_DIR=" + dir.resolve("run"), "KEA_LOCKFILE_DIR=" + dir.resolve("run"),
                "kea-dhcp6", "-t", conf.toString());
    }

    private static Commands.Result dhcpd(Path conf) {
        return Commands.tryRun("dhcpd", "-6", "-t", "-cf", conf.toString());
    }

    private static Commands.Result dnsmasq(Path conf) {
        return Commands.tryRun("dnsmasq", "--test", "--conf-file=" + conf);
    }

    private static Commands.Result radvd(Path conf) {
        return Commands.tryRun("radvd", "--configtest", "-C", conf.toString());
    }

    @Test
    void everyRenderedFilePassesItsDaemonsCheck() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, BootNetwork> e : networks().entrySet()) {
            BootNetwork n = e.getValue();
            for (List<HostReservation> r : List.of(List.<HostReservation>of(), RESERVATIONS)) {
                String label = e.getKey() + (r.isEmpty() ? "" : " + reservations");
                check(failures, label, "kea-dhcp6 -t", kea(write("kea.json",
                        () -> new KeaDhcp6ConfigRenderer().render(n, r, keaPaths()))));
                check(failures, label, "dhcpd -6 -t", dhcpd(write("dhcpd6.conf",
                        () -> new IscDhcpd6ConfigRenderer().render(n, r))));
                check(failures, label, "dnsmasq --test (DHCPv6 only)", dnsmasq(write("dnsmasq.conf",
                        () -> new DnsmasqConfigRenderer().render(n, r, dnsmasqRuntime()))));
                if (n.routerAdvertisement().managed()) {
                    check(failures, label, "dnsmasq --test (RA, DHCPv6, TFTP)", dnsmasq(write("dnsmasq-ra.conf",
                            () -> new DnsmasqConfigRenderer().render(n, r, dnsmasqRuntime().withRouterAdvertisements()
                                    .withTftp(dir)))));
                } else {
                    // dnsmasq's own RAs cannot say M=0 and still lease the address UEFI firmware asks for
                    assertThatThrownBy(() -> new DnsmasqConfigRenderer().render(n, r, dnsmasqRuntime()
                            .withRouterAdvertisements())).hasMessageStartingWith("ramanaged false cannot be served");
                }
            }
            check(failures, e.getKey(), "radvd --configtest", radvd(write("radvd.conf", () -> new RadvdConfigRenderer().render(n))));
        }
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String network, String tool, Commands.Result r) {
        System.out.printf("%-60s %-36s exit %d%n", network, tool, r.exitCode);
        if (r.exitCode != 0) {
            failures.add(network + ": " + tool + " exit " + r.exitCode + "\n" + r.output);
        }
    }

    /** The checks can fail: one broken directive in an otherwise good file makes each tool reject it. */
    @Test
    void eachCheckRejectsABrokenFile() throws Exception {
        BootNetwork n = networks().get("stateful");
        String kea = new KeaDhcp6ConfigRenderer().render(n, keaPaths());
        assertThat(kea(write("kea.json", () -> kea))).extracting(r -> r.exitCode).isEqualTo(0);
        assertThat(kea(write("kea-bad.json", () -> kea.replace("\"bootfile-url\"", "\"bootfile-uri\"")))
                .exitCode).isNotZero();
        // the interface must exist: outside the namespace the same file fails
        Commands.Result outside = keaOutsideTheNamespace(dir.resolve("kea.json"));
        assertThat(outside.exitCode).as(outside.output).isNotZero();
        assertThat(outside.output).contains("interface 'br0' doesn't exist");

        String isc = new IscDhcpd6ConfigRenderer().render(n);
        assertThat(dhcpd(write("dhcpd6.conf", () -> isc)).exitCode).isZero();
        assertThat(dhcpd(write("dhcpd6-bad.conf", () -> isc.replace("option dhcp6.bootfile-url \"", "option dhcp6.bootfile-url ")))
                .exitCode).isNotZero();

        String dm = new DnsmasqConfigRenderer().render(n, dnsmasqRuntime());
        assertThat(dnsmasq(write("dnsmasq.conf", () -> dm)).exitCode).isZero();
        assertThat(dnsmasq(write("dnsmasq-bad.conf", () -> dm.replace("option6:bootfile-url", "option6:bootfile-uri")))
                .exitCode).isNotZero();

        String ra = new RadvdConfigRenderer().render(n);
        assertThat(radvd(write("radvd.conf", () -> ra)).exitCode).isZero();
        assertThat(radvd(write("radvd-bad.conf", () -> ra.replace("AdvManagedFlag on;", "AdvManagedFlag maybe;")))
                .exitCode).isNotZero();
    }

    /** Bad input: a clear error naming the field, and no file written (an existing file stays as it was). */
    @Test
    void badInputGivesAClearErrorAndNoFile() throws Exception {
        BootNetwork n = networks().get("stateful");
        List<HostReservation> outside = List.of(HostReservation.byMac(Hostname.parse("vm9"), Mac.parse("00:00:5e:00:53:09"),
                Ipv6Address.parse("2001:db8:0:9::9")));
        Map<String, Supplier<String>> renderers = new LinkedHashMap<>();
        renderers.put("kea-new.json", () -> new KeaDhcp6ConfigRenderer().render(n, outside, keaPaths()));
        renderers.put("dhcpd6-new.conf", () -> new IscDhcpd6ConfigRenderer().render(n, outside));
        renderers.put("dnsmasq-new.conf", () -> new DnsmasqConfigRenderer().render(n, outside, dnsmasqRuntime()));
        renderers.put("radvd-new.conf", () -> new RadvdConfigRenderer().render(n.toBuilder()
                .routerAdvertisement(RouterAdvertisement.of(false, false, true, true)).build()));
        for (Map.Entry<String, Supplier<String>> r : renderers.entrySet()) {
            assertThatThrownBy(() -> write(r.getKey(), r.getValue())).isInstanceOf(InvalidValueException.class)
                    .hasMessageMatching("(reservations\\[0\\] address 2001:db8:0:9::9 is outside 2001:db8:0:1::/64"
                            + "|routerAdvertisement M=0 and O=0 leave firmware without a DHCPv6 answer.*)");
            assertThat(dir.resolve(r.getKey())).doesNotExist();
        }
        Path existing = write("keep.conf", () -> "old\n");
        assertThatThrownBy(() -> write("keep.conf", () -> new IscDhcpd6ConfigRenderer().render(n, outside)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(existing).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }
}
