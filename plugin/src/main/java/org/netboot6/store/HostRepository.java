package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.netboot6.model.BootHost;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

/** Hosts in {@code netboot6_host}, found by MAC through {@code netboot6_host_mac}. */
public final class HostRepository {
    private static final String SELECT = "SELECT h.id, h.uuid, h.network_id, h.hostname, h.smbios_uuid, h.state, m.mac "
            + "FROM netboot6_host h JOIN netboot6_host_mac m ON m.host_id = h.id ";

    public BootHost insert(Connection c, long networkId, Mac mac, Hostname hostname, SmbiosUuid smbiosUuid, Instant now)
            throws SQLException {
        String uuid = UUID.randomUUID().toString();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_host (uuid, network_id, hostname, smbios_uuid, "
                + "state, created, updated) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            ps.setLong(2, networkId);
            ps.setString(3, hostname.toString());
            ps.setString(4, smbiosUuid == null ? null : smbiosUuid.toString());
            ps.setString(5, HostState.READY.name());
            ps.setTimestamp(6, Rows.timestamp(now));
            ps.setTimestamp(7, Rows.timestamp(now));
            ps.executeUpdate();
            id = Rows.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_host_mac (mac, host_id) VALUES (?,?)")) {
            ps.setString(1, mac.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new InvalidValueException("mac", "is already registered to another host: " + mac);
        }
        return new BootHost(id, uuid, networkId, mac, hostname, smbiosUuid, HostState.READY);
    }

    public Optional<BootHost> findByMac(Connection c, Mac mac) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE m.mac = ? AND h.removed IS NULL")) {
            ps.setString(1, mac.toString());
            return one(ps);
        }
    }

    public Optional<BootHost> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE h.id = ? AND h.removed IS NULL")) {
            ps.setLong(1, id);
            return one(ps);
        }
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

    private static Optional<BootHost> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String smbios = rs.getString("smbios_uuid");
            return Optional.of(new BootHost(rs.getLong("id"), rs.getString("uuid"), rs.getLong("network_id"),
                    Mac.parse(rs.getString("mac")), Hostname.parse(rs.getString("hostname")),
                    smbios == null ? null : SmbiosUuid.parse(smbios), HostState.valueOf(rs.getString("state"))));
        }
    }
}
