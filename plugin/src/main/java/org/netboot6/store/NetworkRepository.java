package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.model.DomainName;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;

/** Boot networks in {@code netboot6_network}. */
public final class NetworkRepository {

    public StoredNetwork insert(Connection c, BootNetwork n, Instant now) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_network (uuid, name, interface_name, prefix, "
                + "router, boot_server, boot_port, tftp_server, dns_servers, search_domains, pool_start, pool_end, ra_managed, "
                + "ra_other_config, ra_autonomous, ra_default_router, loader_base_url, created) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            bindNetwork(ps, n, 2);
            ps.setTimestamp(18, Rows.timestamp(now));
            try {
                ps.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw refusal(e, n);
            }
            return new StoredNetwork(Rows.generatedId(ps), uuid, n);
        }
    }

    public Optional<StoredNetwork> findById(Connection c, long id) throws SQLException {
        return one(c, "SELECT * FROM netboot6_network WHERE id = ? AND removed IS NULL", id);
    }

    public Optional<StoredNetwork> findByUuid(Connection c, String uuid) throws SQLException {
        return one(c, "SELECT * FROM netboot6_network WHERE uuid = ? AND removed IS NULL", uuid);
    }

    /**
     * The live network with {@code uuid}, locked until the transaction ends: adding a host takes it shared, so a
     * network cannot be changed or deleted under a host being added; changing or deleting it takes it exclusively.
     * Call it first in the transaction, so what the transaction reads afterwards is what committed before the lock.
     */
    public Optional<StoredNetwork> lockByUuid(Connection c, String uuid, boolean exclusive) throws SQLException {
        return one(c, "SELECT * FROM netboot6_network WHERE uuid = ? AND removed IS NULL" + Rows.lockClause(exclusive),
                uuid);
    }

    private static Optional<StoredNetwork> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Throws the API's refusal for a unique key the write ran into; returns {@code e} for anything else. */
    private static SQLException refusal(SQLException e, BootNetwork n) {
        if (UniqueKeys.violated(e, UniqueKeys.NETWORK_PREFIX)) {
            throw new InvalidValueException("prefix", "is already the prefix of another boot network: " + n.prefix());
        }
        if (UniqueKeys.violated(e, UniqueKeys.NETWORK_NAME)) {
            throw new InvalidValueException("name", "is already the name of another boot network: " + n.name());
        }
        return e;
    }

    public Page<StoredNetwork> list(Connection c, String uuid, PageRequest page) throws SQLException {
        PagedQuery q = new PagedQuery("netboot6_network n", "n");
        if (uuid != null) {
            q.and("n.uuid = ?", uuid);
        }
        return q.keyword(page, "n.name").run(c, "n.*", "n.id", page, PagedQuery.rows(NetworkRepository::read));
    }

    public void update(Connection c, long id, BootNetwork n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE netboot6_network SET name = ?, interface_name = ?, prefix = ?, "
                + "router = ?, boot_server = ?, boot_port = ?, tftp_server = ?, dns_servers = ?, search_domains = ?, "
                + "pool_start = ?, pool_end = ?, ra_managed = ?, ra_other_config = ?, ra_autonomous = ?, "
                + "ra_default_router = ?, loader_base_url = ? WHERE id = ? AND removed IS NULL")) {
            bindNetwork(ps, n, 1);
            ps.setLong(17, id);
            int updated;
            try {
                updated = ps.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw refusal(e, n);
            }
            if (updated != 1) {
                throw new StoreException("network " + id + " vanished during the update");
            }
        }
    }

    public void remove(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE netboot6_network SET removed = ? WHERE id = ? AND removed IS NULL")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static void bindNetwork(PreparedStatement ps, BootNetwork n, int first) throws SQLException {
        ps.setString(first, n.name());
        ps.setString(first + 1, n.interfaceName());
        ps.setString(first + 2, n.prefix().toString());
        ps.setString(first + 3, n.router().toString());
        ps.setString(first + 4, n.bootServer().toString());
        ps.setInt(first + 5, n.bootPort());
        ps.setString(first + 6, n.tftpServer().toString());
        ps.setString(first + 7, n.dnsServers().stream().map(Object::toString).collect(Collectors.joining(",")));
        ps.setString(first + 8, n.searchDomains().stream().map(Object::toString).collect(Collectors.joining(",")));
        ps.setString(first + 9, n.poolStart().toString());
        ps.setString(first + 10, n.poolEnd().toString());
        RouterAdvertisement ra = n.routerAdvertisement();
        ps.setBoolean(first + 11, ra.managed());
        ps.setBoolean(first + 12, ra.otherConfig());
        ps.setBoolean(first + 13, ra.autonomous());
        ps.setBoolean(first + 14, ra.defaultRouter());
        ps.setString(first + 15, n.explicitLoaderBaseUrl().map(Object::toString).orElse(null));
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
                .poolEnd(Ipv6Address.parse(rs.getString("pool_end")))
                .routerAdvertisement(RouterAdvertisement.of(rs.getBoolean("ra_managed"), rs.getBoolean("ra_other_config"),
                        rs.getBoolean("ra_autonomous"), rs.getBoolean("ra_default_router")));
        String loaders = rs.getString("loader_base_url");
        if (loaders != null) {
            b.loaderBaseUrl(BootUrl.parse("loaderBaseUrl", loaders));
        }
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
