package org.netboot6.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.render.install.InstallFixtures;

class AddressPlannerTest {
    private final BootNetwork net = InstallFixtures.network();
    private final AddressRange handNumbered = AddressRange.of("reserved[0]",
            Ipv6Address.parse("2001:db8:0:1:ffff::"), Ipv6Address.parse("2001:db8:0:1:ffff:ffff:ffff:ffff"));

    @Test
    void sameInputsGiveTheSameAddressAcrossPlannerInstances() {
        Ipv6Address a = new AddressPlanner(net, List.of()).plan("host-uuid-1", Set.of());
        Ipv6Address b = new AddressPlanner(InstallFixtures.network(), List.of()).plan("host-uuid-1", Set.of());
        assertThat(a).isEqualTo(b);
        assertThat(net.prefix().contains(a)).isTrue();
        // pinned: first 64 bits of SHA-256("netboot6-address-v1\n2001:db8:0:1::/64\nhost-uuid-1\n0"), computed
        // independently; a change of the derivation would move every planned host, so it must be deliberate
        assertThat(a).isEqualTo(Ipv6Address.parse("2001:db8:0:1:a175:cd6d:f899:35b"));
    }

    @Test
    void addressDependsOnTheStableKeyNotOnAnyMac() {
        AddressPlanner p = new AddressPlanner(net, List.of());
        assertThat(p.plan("host-uuid-1", Set.of())).isNotEqualTo(p.plan("host-uuid-2", Set.of()));
    }

    @Test
    void probesPastATakenAddressAndStaysReproducible() {
        AddressPlanner p = new AddressPlanner(net, List.of());
        Ipv6Address first = p.plan("h", Set.of());
        Ipv6Address second = p.plan("h", Set.of(first));
        assertThat(second).isNotEqualTo(first);
        assertThat(p.plan("h", Set.of(first))).isEqualTo(second);
        assertThat(p.plan("h", Set.of(first, second))).isNotIn(first, second);
    }

    /** Property over 3,000 seeded random hosts: unique, in the prefix, never a server/pool/reserved/taken address. */
    @Test
    void manyHostsGetDistinctAllowedAddresses() {
        AddressPlanner p = new AddressPlanner(net, List.of(handNumbered));
        Random random = new Random(20261203L);
        Set<Ipv6Address> taken = new HashSet<>();
        Map<String, Ipv6Address> planned = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            String key = new UUID(random.nextLong(), random.nextLong()).toString();
            Ipv6Address a = p.plan(key, taken);
            assertThat(taken.add(a)).as("collision for %s", key).isTrue();
            planned.put(key, a);
            assertThat(net.prefix().contains(a)).isTrue();
            assertThat(a).isNotIn(net.router(), net.bootServer(), net.tftpServer());
            assertThat(net.dnsServers()).doesNotContain(a);
            assertThat(a.compareTo(net.poolStart()) < 0 || a.compareTo(net.poolEnd()) > 0).isTrue();
            assertThat(handNumbered.contains(a)).isFalse();
            assertThat(AddressPlanner.usableInterfaceId(a.low())).isTrue();
        }
        // a restart re-plans every host with the others' addresses taken: same answers
        for (Map.Entry<String, Ipv6Address> e : planned.entrySet()) {
            Set<Ipv6Address> others = new HashSet<>(taken);
            others.remove(e.getValue());
            assertThat(p.plan(e.getKey(), others)).isEqualTo(e.getValue());
        }
    }

    @Test
    void refusesInterfaceIdsThatCollideWithConventionsOrSlaac() {
        assertThat(AddressPlanner.usableInterfaceId(0)).isFalse();
        assertThat(AddressPlanner.usableInterfaceId(0x1fff)).isFalse();
        assertThat(AddressPlanner.usableInterfaceId(0xfdffffffffffff80L)).isFalse();
        assertThat(AddressPlanner.usableInterfaceId(0xffffffffffffffffL)).isFalse();
        // EUI-64 of 02:00:00:00:00:01 is 0000:00ff:fe00:0001
        assertThat(AddressPlanner.usableInterfaceId(0x000000fffe000001L)).isFalse();
        assertThat(AddressPlanner.usableInterfaceId(0x8a2e037073340001L)).isTrue();
    }

    @Test
    void aFullyReservedPrefixIsAClearError() {
        AddressRange all = AddressRange.of("reserved[0]", net.prefix().withInterfaceId(0),
                net.prefix().withInterfaceId(-1L));
        AddressPlanner p = new AddressPlanner(net, List.of(all));
        assertThatThrownBy(() -> p.plan("h", Set.of())).isInstanceOf(AddressPlanException.class)
                .hasMessageContaining("no free address").hasMessageContaining(net.prefix().toString());
    }

    @Test
    void badInputNamesTheField() {
        AddressPlanner p = new AddressPlanner(net, List.of());
        assertThatThrownBy(() -> p.plan("", Set.of())).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("hostKey");
        assertThatThrownBy(() -> AddressRange.of("reserved[2]", Ipv6Address.parse("2001:db8:0:1::9"),
                Ipv6Address.parse("2001:db8:0:1::8"))).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("reserved[2]");
        assertThat(Ipv6Prefix.parse("2001:db8:0:1::/64")).isEqualTo(net.prefix());
    }
}
