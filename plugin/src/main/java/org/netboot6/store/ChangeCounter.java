package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A database-wide counter bumped in the same transaction as every change that alters what a host is served, with a
 * log of which host each value was for. The counter row's lock orders the values by commit, so a reader that has
 * seen value v has seen every change up to v. Every management server compares the values with those its cached
 * scripts were built at.
 */
public final class ChangeCounter {

    /** One logged change: its counter value and the host it concerns (null: every host). */
    public static final class Change {
        public final long seq;
        public final Long hostId;

        Change(long seq, Long hostId) {
            this.seq = seq;
            this.hostId = hostId;
        }
    }

    /** A change that can alter what any host is served (a network changed). */
    public long bump(Connection c) throws SQLException {
        return record(c, null);
    }

    /** A change that alters what one host is served. */
    public long bumpHost(Connection c, long hostId) throws SQLException {
        return record(c, hostId);
    }

    private long record(Connection c, Long hostId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE netboot6_change_counter SET value = LAST_INSERT_ID(value + 1) WHERE id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new StoreException("netboot6_change_counter has no row 1; the schema is not migrated");
            }
        }
        long seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_INSERT_ID()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO netboot6_change_log (seq, host_id, at) VALUES (?, ?, NOW(3))")) {
            ps.setLong(1, seq);
            if (hostId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, hostId);
            }
            ps.executeUpdate();
        }
        return seq;
    }

    public long read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM netboot6_change_counter WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("netboot6_change_counter has no row 1; the schema is not migrated");
            }
            return rs.getLong(1);
        }
    }

    /** The logged changes after {@code seq} up to {@code upTo}, in order. */
    public List<Change> changes(Connection c, long seq, long upTo) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, host_id FROM netboot6_change_log WHERE seq > ? AND seq <= ? ORDER BY seq")) {
            ps.setLong(1, seq);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long host = rs.getLong(2);
                    Long hostId = rs.wasNull() ? null : host; // wasNull() speaks of the column read last: host_id
                    out.add(new Change(rs.getLong(1), hostId));
                }
            }
        }
        return out;
    }

    /** Forgets log rows up to {@code seq}; a server that had not read them treats the gap as a change of every host. */
    public void prune(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM netboot6_change_log WHERE seq <= ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }
}
