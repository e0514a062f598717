package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.netboot6.model.BondMode;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostKind;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** Hosts in {@code netboot6_host}, with their MACs in {@code netboot6_host_mac} (the boot hot path: MAC -> host). */
public final class HostRepository {
    private static final String COLUMNS = "h.id, h.uuid, h.network_id, h.kind, h.cloudstack_host_uuid, "
            + "h.cloudstack_vm_uuid, h.profile_id, h.hostname, h.address, h.bond_mode, h.smbios_uuid, h.state";

    /** Filters for listing hosts; null fields do not filter. */
    public static final class Filter {
        public String uuid;
        public Long networkId;
        public HostState state;
        public Mac mac;
    }

    /** Stores a new host under {@code uuid} and claims its MACs; a MAC or an address already in use is refused. */
    public BootHost insert(Connection c, String uuid, BootHost host, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_host (uuid, network_id, kind, "
                + "cloudstack_host_uuid, cloudstack_vm_uuid, profile_id, hostname, smbios_uuid, state, created, updated, "
                + "address, bond_mode) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            ps.setLong(2, host.networkId());
            ps.setString(3, host.kind().name());
            ps.setString(4, host.cloudStackHostUuid().orElse(null));
            ps.setString(5, host.cloudStackVmUuid().orElse(null));
            setNullableLong(ps, 6, host.profileId().orElse(null));
            ps.setString(7, host.hostname().toString());
            ps.setString(8, host.smbiosUuid().map(Object::toString).orElse(null));
            ps.setString(9, host.state().name());
            ps.setTimestamp(10, Rows.timestamp(now));
            ps.setTimestamp(11, Rows.timestamp(now));
            ps.setString(12, host.address().map(Object::toString).orElse(null));
            ps.setString(13, host.bondMode().map(Enum::name).orElse(null));
            try {
                ps.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw refusal(e, host);
            }
            id = Rows.generatedId(ps);
        }
        claimMacs(c, id, host.macs());
        return host.toBuilder().id(id).uuid(uuid).build();
    }

    private static void claimMacs(Connection c, long hostId, List<Mac> macs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_host_mac (mac, host_id, position) VALUES (?,?,?)")) {
            for (int i = 0; i < macs.size(); i++) {
                ps.setString(1, macs.get(i).toString());
                ps.setLong(2, hostId);
                ps.setInt(3, i);
                try {
                    ps.executeUpdate();
                } catch (SQLIntegrityConstraintViolationException e) {
                    throw new InvalidValueException("macaddress", "is already registered to another host: " + macs.get(i));
                }
            }
        }
    }

    /** Throws the API's refusal for a unique key the write ran into; returns {@code e} for anything else. */
    private static SQLException refusal(SQLException e, BootHost host) {
        if (UniqueKeys.violated(e, UniqueKeys.HOST_NAME)) {
            throw new InvalidValueException("hostname", "is already used by another host of its boot network: "
                    + host.hostname());
        }
        if (UniqueKeys.violated(e, UniqueKeys.HOST_ADDRESS)) {
            throw new InvalidValueException("address", "is already planned for another host: "
                    + host.address().map(Object::toString).orElse("?"));
        }
        return e;
    }

    /** Whether a host that is not removed holds {@code address} in the network. */
    public boolean addressTaken(Connection c, long networkId, org.netboot6.model.Ipv6Address address) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM netboot6_host WHERE network_id = ? AND address = ? AND removed IS NULL")) {
            ps.setLong(1, networkId);
            ps.setString(2, address.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Rewrites the host's mutable fields: hostname, smbios uuid, profile, bond mode, MACs. */
    public void update(Connection c, BootHost host, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE netboot6_host SET hostname = ?, smbios_uuid = ?, "
                + "profile_id = ?, bond_mode = ?, updated = ? WHERE id = ? AND removed IS NULL")) {
            ps.setString(1, host.hostname().toString());
            ps.setString(2, host.smbiosUuid().map(Object::toString).orElse(null));
            setNullableLong(ps, 3, host.profileId().orElse(null));
            ps.setString(4, host.bondMode().map(Enum::name).orElse(null));
            ps.setTimestamp(5, Rows.timestamp(now));
            ps.setLong(6, host.id());
            int updated;
            try {
                updated = ps.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw refusal(e, host);
            }
            if (updated != 1) {
                throw new StoreException("host " + host.uuid() + " vanished during the update");
            }
        }
        releaseMacs(c, host.id());
        claimMacs(c, host.id(), host.macs());
    }

    private static void releaseMacs(Connection c, long hostId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM netboot6_host_mac WHERE host_id = ?")) {
            ps.setLong(1, hostId);
            ps.executeUpdate();
        }
    }

    /** Soft delete: the row stays for the record, its MACs and its address are freed for reuse. */
    public void remove(Connection c, long hostId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE netboot6_host SET removed = ?, address = NULL WHERE id = ? AND removed IS NULL")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            ps.setLong(2, hostId);
            ps.executeUpdate();
        }
        releaseMacs(c, hostId);
    }

    public Optional<BootHost> findByMac(Connection c, Mac mac) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM netboot6_host h "
                + "JOIN netboot6_host_mac m ON m.host_id = h.id WHERE m.mac = ? AND h.removed IS NULL")) {
            ps.setString(1, mac.toString());
            return first(c, ps);
        }
    }

    public Optional<BootHost> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM netboot6_host h "
                + "WHERE h.id = ? AND h.removed IS NULL")) {
            ps.setLong(1, id);
            return first(c, ps);
        }
    }

    public Optional<BootHost> findByUuid(Connection c, String uuid) throws SQLException {
        return byUuid(c, uuid, "");
    }

    /**
     * The live host with {@code uuid}, its row locked until the transaction ends: every change of a host (update,
     * provision, cancel, remove, its done callback) takes it first, so two changes of one host run one after the
     * other and each decides on what the other committed.
     */
    public Optional<BootHost> lockByUuid(Connection c, String uuid) throws SQLException {
        return byUuid(c, uuid, Rows.lockClause(true));
    }

    private static Optional<BootHost> byUuid(Connection c, String uuid, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM netboot6_host h "
                + "WHERE h.uuid = ? AND h.removed IS NULL" + lock)) {
            ps.setString(1, uuid);
            return first(c, ps);
        }
    }

    /** The profiles that hosts of the network are armed to install right now (a live install token). */
    public List<Long> profilesArmedForInstall(Connection c, long networkId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT h.profile_id FROM netboot6_host h "
                + "JOIN netboot6_token t ON t.host_id = h.id WHERE h.network_id = ? AND h.removed IS NULL "
                + "AND h.state = 'PROVISIONING' AND h.profile_id IS NOT NULL AND t.purpose = 'install' "
                + "AND t.used IS NULL AND t.expires > ?")) {
            ps.setLong(1, networkId);
            ps.setTimestamp(2, Rows.timestamp(now));
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    public int countByNetwork(Connection c, long networkId) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM netboot6_host WHERE network_id = ? AND removed IS NULL", networkId);
    }

    public int countByProfile(Connection c, long profileId) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM netboot6_host WHERE profile_id = ? AND removed IS NULL", profileId);
    }

    private static int count(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public Page<BootHost> list(Connection c, Filter filter, PageRequest page) throws SQLException {
        PagedQuery q = new PagedQuery("netboot6_host h", "h");
        if (filter.uuid != null) {
            q.and("h.uuid = ?", filter.uuid);
        }
        if (filter.networkId != null) {
            q.and("h.network_id = ?", filter.networkId);
        }
        if (filter.state != null) {
            q.and("h.state = ?", filter.state.name());
        }
        if (filter.mac != null) {
            q.and("EXISTS (SELECT 1 FROM netboot6_host_mac f WHERE f.host_id = h.id AND f.mac = ?)", filter.mac.toString());
        }
        return q.keyword(page, "h.hostname").run(c, COLUMNS, "h.id", page, ps -> read(c, ps));
    }

    /** Moves a host from {@code from} to {@code to}; false when it was not in {@code from} (nothing changed). */
    public boolean transition(Connection c, long hostId, HostState from, HostState to, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE netboot6_host SET state = ?, updated = ? WHERE id = ? AND state = ? AND removed IS NULL")) {
            ps.setString(1, to.name());
            ps.setTimestamp(2, Rows.timestamp(now));
            ps.setLong(3, hostId);
            ps.setString(4, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<BootHost> first(Connection c, PreparedStatement ps) throws SQLException {
        List<BootHost> hosts = read(c, ps);
        return hosts.isEmpty() ? Optional.empty() : Optional.of(hosts.get(0));
    }

    /**
     * Every registered host with its MACs, in one query (the boot service's warm-up reads all hosts this way:
     * linear, no query per host). Hosts without a MAC cannot boot and are left out.
     */
    public void forEach(Connection c, Consumer<BootHost> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", m.mac FROM netboot6_host h "
                + "JOIN netboot6_host_mac m ON m.host_id = h.id WHERE h.removed IS NULL ORDER BY h.id, m.position");
             ResultSet rs = ps.executeQuery()) {
            BootHost.Builder current = null;
            long currentId = -1;
            while (rs.next()) {
                long id = rs.getLong("id");
                if (id != currentId) {
                    if (current != null) {
                        each.accept(current.build());
                    }
                    current = builder(rs);
                    currentId = id;
                }
                current.mac(Mac.parse(rs.getString("mac")));
            }
            if (current != null) {
                each.accept(current.build());
            }
        }
    }

    private static BootHost.Builder builder(ResultSet rs) throws SQLException {
        String smbios = rs.getString("smbios_uuid");
        long profile = rs.getLong("profile_id");
        boolean noProfile = rs.wasNull();
        return BootHost.builder().id(rs.getLong("id")).uuid(rs.getString("uuid"))
                .networkId(rs.getLong("network_id")).kind(HostKind.valueOf(rs.getString("kind")))
                .cloudStackHostUuid(rs.getString("cloudstack_host_uuid"))
                .cloudStackVmUuid(rs.getString("cloudstack_vm_uuid"))
                .profileId(noProfile ? null : profile)
                .hostname(Hostname.parse(rs.getString("hostname")))
                .address(address(rs.getString("address")))
                .bondMode(rs.getString("bond_mode") == null ? null : BondMode.valueOf(rs.getString("bond_mode")))
                .smbiosUuid(smbios == null ? null : SmbiosUuid.parse(smbios))
                .state(HostState.valueOf(rs.getString("state")));
    }

    private static List<BootHost> read(Connection c, PreparedStatement ps) throws SQLException {
        Map<Long, BootHost.Builder> builders = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                builders.put(rs.getLong("id"), builder(rs));
            }
        }
        if (builders.isEmpty()) {
            return List.of();
        }
        String ids = String.join(",", builders.keySet().stream().map(String::valueOf).toArray(String[]::new));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT host_id, mac FROM netboot6_host_mac WHERE host_id IN (" + ids
                     + ") ORDER BY host_id, position")) {
            while (rs.next()) {
                builders.get(rs.getLong("host_id")).mac(Mac.parse(rs.getString("mac")));
            }
        }
        List<BootHost> hosts = new ArrayList<>();
        for (BootHost.Builder b : builders.values()) {
            // outside a transaction the MACs are read after the hosts: a host removed in between has none left
            if (b.hasMacs()) {
                hosts.add(b.build());
            }
        }
        return hosts;
    }

    private static org.netboot6.model.Ipv6Address address(String text) {
        return text == null ? null : org.netboot6.model.Ipv6Address.parse(text);
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
