package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The boot timeline of each host in {@code netboot6_boot_event}. */
public final class BootEventRepository {

    /** One step of a host's boot, as recorded. */
    public static final class BootEvent {
        private final Instant at;
        private final String kind;
        private final String detail;
        private final String remote;

        public BootEvent(Instant at, String kind, String detail, String remote) {
            this.at = at;
            this.kind = kind;
            this.detail = detail;
            this.remote = remote;
        }

        public Instant at() {
            return at;
        }

        public String kind() {
            return kind;
        }

        public String detail() {
            return detail;
        }

        public String remote() {
            return remote;
        }

        @Override
        public String toString() {
            return at + " " + kind + " " + detail + " from " + remote;
        }
    }

    public void record(Connection c, Long hostId, Instant at, String kind, String detail, String remote)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO netboot6_boot_event (host_id, at, kind, detail, remote) VALUES (?,?,?,?,?)")) {
            if (hostId == null) {
                ps.setNull(1, java.sql.Types.BIGINT);
            } else {
                ps.setLong(1, hostId);
            }
            ps.setTimestamp(2, Rows.timestamp(at));
            ps.setString(3, kind);
            ps.setString(4, detail.length() > 512 ? detail.substring(0, 512) : detail);
            ps.setString(5, remote.length() > 64 ? remote.substring(0, 64) : remote);
            ps.executeUpdate();
        }
    }

    public List<BootEvent> forHost(Connection c, long hostId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at, kind, detail, remote FROM netboot6_boot_event WHERE host_id = ? ORDER BY at, id")) {
            ps.setLong(1, hostId);
            List<BootEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new BootEvent(Rows.instant(rs, "at"), rs.getString("kind"), rs.getString("detail"),
                            rs.getString("remote")));
                }
            }
            return events;
        }
    }
}
