package org.netboot6.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.Mac;
import org.netboot6.model.Token;
import org.netboot6.service.HostService;
import org.netboot6.service.Netboot6Services;
import org.netboot6.store.StoredNetwork;

/**
 * Fills a migrated database with {@code n} hosts on one boot network, each armed for a probe (PROVISIONING with a
 * live one-time token), so {@code /netboot6/host?mac=} answers the real per-host script. Hosts are written with
 * multi-row INSERTs: registering 100,000 hosts one API call at a time is not what is measured here (the API's
 * add is measured on its own).
 */
final class Seeder {
    /** OUI 00:16:3e is universally administered, so the MACs are also valid DHCPv6 hw-address reservations. */
    private static final long OUI = 0x00163eL << 24;
    private static final int CHUNK = 2_000;

    /** What was seeded: the network, and per host (index i) its MAC and token. */
    static final class Seeded {
        final StoredNetwork network;
        final long firstId;
        final List<Mac> macs;
        final List<String> tokens;

        Seeded(StoredNetwork network, long firstId, List<Mac> macs, List<String> tokens) {
            this.network = network;
            this.firstId = firstId;
            this.macs = macs;
            this.tokens = tokens;
        }
    }

    static BootNetwork network(String interfaceName) {
        return BootNetwork.builder().name("bench").interfaceName(interfaceName)
                .prefix(Ipv6Prefix.parse("2001:db8:6::/64")).router(Ipv6Address.parse("2001:db8:6::1"))
                .bootServer(Ipv6Address.parse("2001:db8:6::2")).dnsServer(Ipv6Address.parse("2001:db8:6::53"))
                .build();
    }

    /** The i-th bench MAC: a bijection of i over the 24 host bits, so MACs look scattered but never repeat. */
    static Mac mac(int i) {
        long low = (i * 2654435761L) & 0xffffffL;
        return Mac.parse(String.format("%012x", OUI | low));
    }

    static Seeded seed(Netboot6Services services, DataSource ds, int n, Instant now) throws SQLException {
        StoredNetwork net = services.networks().create(network(KeaCheckNamespace.INTERFACE));
        List<Mac> macs = new ArrayList<>(n);
        List<String> tokens = new ArrayList<>(n);
        Timestamp created = Timestamp.from(now);
        Timestamp expires = Timestamp.from(now.plusSeconds(24 * 3600));
        long firstId;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT COALESCE(MAX(id), 0) + 1 FROM netboot6_host")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                StringBuilder hosts = new StringBuilder("INSERT INTO netboot6_host (id, uuid, network_id, kind, hostname, "
                        + "state, created, updated) VALUES ");
                StringBuilder mac = new StringBuilder("INSERT INTO netboot6_host_mac (mac, host_id, position) VALUES ");
                StringBuilder token = new StringBuilder("INSERT INTO netboot6_token (token, host_id, purpose, created, "
                        + "expires) VALUES ");
                for (int i = from; i < to; i++) {
                    String sep = i == from ? "" : ",";
                    hosts.append(sep).append("(?,UUID(),?,'BAREMETAL',?,'PROVISIONING',?,?)");
                    mac.append(sep).append("(?,?,0)");
                    token.append(sep).append("(?,?,?,?,?)");
                }
                try (PreparedStatement h = c.prepareStatement(hosts.toString());
                     PreparedStatement m = c.prepareStatement(mac.toString());
                     PreparedStatement t = c.prepareStatement(token.toString())) {
                    int hp = 1;
                    int mp = 1;
                    int tp = 1;
                    for (int i = from; i < to; i++) {
                        long id = firstId + i;
                        Mac a = mac(i);
                        String tok = Token.generate().value();
                        macs.add(a);
                        tokens.add(tok);
                        h.setLong(hp++, id);
                        h.setLong(hp++, net.id());
                        h.setString(hp++, String.format("node-%06d", i));
                        h.setTimestamp(hp++, created);
                        h.setTimestamp(hp++, created);
                        m.setString(mp++, a.toString());
                        m.setLong(mp++, id);
                        t.setString(tp++, tok);
                        t.setLong(tp++, id);
                        t.setString(tp++, HostService.PURPOSE_PROBE);
                        t.setTimestamp(tp++, created);
                        t.setTimestamp(tp++, expires);
                    }
                    h.executeUpdate();
                    m.executeUpdate();
                    t.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                // what every API change does: the cached answers of other servers become stale
                s.executeUpdate("UPDATE netboot6_change_counter SET value = value + 1 WHERE id = 1");
            }
            c.commit();
        }
        return new Seeded(net, firstId, macs, tokens);
    }
}
