package org.netboot6.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.netboot6.identity.Duid;
import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.DomainName;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Mac;
import org.netboot6.render.dhcp.DnsmasqConfigRenderer;
import org.netboot6.render.dhcp.DnsmasqRuntime;
import org.netboot6.render.dhcp.IscDhcpd6ConfigRenderer;
import org.netboot6.render.dhcp.KeaDhcp6ConfigRenderer;
import org.netboot6.render.dhcp.KeaRuntimePaths;
import org.netboot6.render.dhcp.TestNetworks;
import org.netboot6.render.ra.RadvdConfigRenderer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No caller-supplied text can add a directive to a radvd, Kea, dhcpd or dnsmasq file. Every text slot those
 * renderers write comes from a value type; each slot refuses every hostile string (newline, quotes, braces,
 * semicolon, '#', '${}', comma, backslash) with an InvalidValueException (or, for a NUL in a path, the JDK's own
 * InvalidPathException). The rendered files, filled with the longest legal values, then have
 * exactly the structure the renderer intends in each format.
 */
class InjectionTest {
    private static final List<String> HOSTILE = List.of("a\nb", "a\rb", "a\"b", "a'b", "a{b", "a}b", "a;b", "a#b",
            "${a}", "a,b", "a\\b", "a b", "a\u0000b", "a=b", "a[b]", "a\tb", "a\u2028b");

    /** Every slot a caller fills, as the value type it must pass through. */
    private static Map<String, Consumer<String>> slots() {
        Map<String, Consumer<String>> s = new LinkedHashMap<>();
        s.put("network name", v -> TestNetworks.rack1().name("rack" + v).build());
        s.put("interface name", v -> TestNetworks.rack1().interfaceName("br" + v).build());
        s.put("search domain", v -> DomainName.parse("searchDomain", "lab" + v + ".example"));
        s.put("reservation hostname", v -> Hostname.parse("vm" + v));
        s.put("reservation DUID", v -> Duid.parse("00:03:00:01:00:00:5e:00:53:01" + v));
        s.put("reservation MAC", v -> Mac.parse("00:00:5e:00:53:0" + v));
        s.put("IPv6 address", v -> Ipv6Address.parse("2001:db8::" + v));
        s.put("loader URL path", v -> BootUrl.parse("loaderBaseUrl", "http://[2001:db8:0:1::2]/efi/" + v));
        s.put("loader URL host", v -> BootUrl.parse("loaderBaseUrl", "http://boot" + v + ".example/efi"));
        s.put("Kea path", v -> new KeaRuntimePaths(Path.of("/var/lib/kea" + v), Path.of("/run/k"), Path.of("/var/log/k")));
        s.put("dnsmasq path", v -> DnsmasqRuntime.of(Path.of("/run/d" + v + ".pid"), Path.of("/run/l"), Path.of("/var/log/d")));
        s.put("dnsmasq TFTP root", v -> DnsmasqRuntime.of(Path.of("/run/d"), Path.of("/run/l"), Path.of("/l"))
                .withTftp(Path.of("/srv/tftp" + v)));
        s.put("dnsmasq user", v -> DnsmasqRuntime.of(Path.of("/run/d"), Path.of("/run/l"), Path.of("/l")).asUser("dns" + v));
        return s;
    }

    @Test
    void everySlotRefusesEveryHostileString() {
        for (Map.Entry<String, Consumer<String>> slot : slots().entrySet()) {
            for (String bad : HOSTILE) {
                assertThatThrownBy(() -> slot.getValue().accept(bad)).as(slot.getKey() + " with " + bad)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    private static BootNetwork longest() {
        StringBuilder domain = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            domain.append("a".repeat(63)).append('.');
        }
        domain.append("example");
        return TestNetworks.rack1().name("n".repeat(64)).interfaceName("i".repeat(15))
                .searchDomain(DomainName.parse("d", domain.toString()))
                .loaderBaseUrl(BootUrl.parse("u", "http://" + domain + ":65535/a-b_c~d.e/f")).build();
    }

    private static final List<HostReservation> RESERVATIONS = List.of(
            HostReservation.byDuid(Hostname.parse("h".repeat(63)), Duid.parse("00:02:" + "ab:".repeat(127) + "cd"),
                    Ipv6Address.parse("2001:db8:0:1::101")));

    @Test
    void keaJsonHasExactlyTheIntendedKeys() throws Exception {
        String text = new KeaDhcp6ConfigRenderer().render(longest(), RESERVATIONS, new KeaRuntimePaths(Path.of("/var/lib/kea"),
                Path.of("/run/kea/c.sock"), Path.of("/var/log/kea/k.log")));
        JsonNode dhcp6 = new ObjectMapper().readTree(text).get("Dhcp6");
        assertThat(dhcp6.fieldNames()).toIterable().containsExactly("interfaces-config", "data-directory", "lease-database",
                "control-socket", "preferred-lifetime", "valid-lifetime", "renew-timer", "rebind-timer", "mac-sources",
                "host-reservation-identifiers", "compatibility", "option-data", "client-classes", "subnet6", "loggers");
        assertThat(dhcp6.get("client-classes")).hasSize(5);
        assertThat(dhcp6.get("subnet6").get(0).get("reservations").get(0).fieldNames()).toIterable()
                .containsExactly("duid", "ip-addresses", "hostname");
    }

    @Test
    void dhcpdStatementsAreOnePerLineAndQuotesBalance() {
        String text = new IscDhcpd6ConfigRenderer().render(longest(), RESERVATIONS);
        Pattern statement = Pattern.compile("(#.*|[a-z].*;|[a-z].*\\{( # [a-z0-9-]+)?|\\}|\\} elsif .*\\{ # [a-z0-9-]+|)");
        for (String line : text.split("\n")) {
            String l = line.strip();
            assertThat(l).as("line").matches(statement);
            assertThat(l.chars().filter(c -> c == '"').count() % 2).as(l).isZero();
        }
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());
        assertThat(text.split("\n")).filteredOn(l -> l.startsWith("host ")).hasSize(1);
    }

    @Test
    void dnsmasqHasOnlyTheIntendedOptions() {
        String text = new DnsmasqConfigRenderer().render(longest(), RESERVATIONS, DnsmasqRuntime.of(Path.of("/run/d.pid"),
                Path.of("/run/d.leases"), Path.of("/var/log/d.log")).withTftp(Path.of("/srv/tftp")).withRouterAdvertisements());
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : line;
            assertThat(key).as(line).isIn("port", "user", "interface", "bind-interfaces", "pid-file", "dhcp-leasefile",
                    "log-facility", "log-dhcp", "enable-ra", "ra-param", "dhcp-range", "dhcp-option", "dhcp-userclass",
                    "dhcp-match", "dhcp-host", "enable-tftp", "tftp-root");
        }
        assertThat(text.split("\n")).filteredOn(l -> l.startsWith("dhcp-host=")).hasSize(1);
    }

    @Test
    void radvdHasOneInterfaceBlock() {
        String text = new RadvdConfigRenderer().render(longest());
        assertThat(text.split("\n")).filteredOn(l -> l.startsWith("interface ")).containsExactly("interface " + "i".repeat(15) + " {");
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());
        assertThat(text.split("\n")).filteredOn(l -> l.contains("#")).hasSize(1);
    }
}
