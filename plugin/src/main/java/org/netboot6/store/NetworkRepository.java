package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

/** Boot networks in {@code netboot6_network}. */
public final class NetworkRepository {

    public StoredNetwork insert(Connection c, BootNetwork n, Instant now) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_network (uuid, name, interface_name, prefix, "
                + "router, boot_server, boot_port, tftp_server, dns_servers, search_domains, pool_start, pool_end, created) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            ps.setString(2, n.name());
            ps.setString(3, n.interfaceName());
            ps.setString(4, n.prefix().toString());
            ps.setString(5, n.router().toString());
            ps.setString(6, n.bootServer().toString());
            ps.setInt(7, n.bootPort());
            ps.setString(8, n.tftpServer().toString());
            ps.setString(9, n.dnsServers().stream().map(Object::toString).collect(Collectors.joining(",")));
            ps.setString(10, n.searchDomains().stream().map(Object::toString).collect(Collectors.joining(",")));
            ps.setString(11, n.poolStart().toString());
            ps.setString(12, n.poolEnd().toString());
            ps.setTimestamp(13, Rows.timestamp(now));
            ps.executeUpdate();
            return new StoredNetwork(Rows.generatedId(ps), uuid, n);
        }
    }

    public Optional<StoredNetwork> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM netboot6_network WHERE id = ? AND removed IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static StoredNetwork read(ResultSet rs) throws SQLException {
        BootNetwork.Builder b = BootNetwork.builder()
                .name(rs.getString("name"))
                .interfaceName(rs.getString("interface_name"))
                .prefix(Ipv6Prefix.parse(rs.getString("prefix")))
                .router(Ipv6Address.parse(rs.getString("router")))
                .bootServer(Ipv6Address.parse(rs.getString("boot_server")))
                .bootPort(rs.getInt("boot_port"))
                .tftpServer(Ipv6Address.parse(rs.getString("tftp_server")))
                .poolStart(Ipv6Address.parse(rs.getString("pool_start")))
                .poolEnd(Ipv6Address.parse(rs.getString("pool_end")));
        for (String dns : split(rs.getString("dns_servers"))) {
            b.dnsServer(Ipv6Address.parse("dnsServers", dns));
        }
        for (String domain : split(rs.getString("search_domains"))) {
            b.searchDomain(DomainName.parse("searchDomains", domain));
        }
        return new StoredNetwork(rs.getLong("id"), rs.getString("uuid"), b.build());
    }

    private static Iterable<String> split(String csv) {
        return csv.isEmpty() ? java.util.List.of() : Arrays.asList(csv.split(","));
    }
}
