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

    /** An event to be written by {@link #recordAll}. */
    public static final class Pending {
        private final Long hostId;
        private final Instant at;
        private final String kind;
        private final String detail;
        private final String remote;

        public Pending(Long hostId, Instant at, String kind, String detail, String remote) {
            this.hostId = hostId;
            this.at = at;
            this.kind = kind;
            this.detail = detail;
            this.remote = remote;
        }
    }

    public void record(Connection c, Long hostId, Instant at, String kind, String detail, String remote)
            throws SQLException {
        recordAll(c, List.of(new Pending(hostId, at, kind, detail, remote)));
    }

    /** Writes {@code events} with one multi-row INSERT (the boot-event writer's batches: one round trip each). */
    public void recordAll(Connection c, List<Pending> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO netboot6_boot_event (host_id, at, kind, detail, remote) VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Pending e : events) {
                if (e.hostId == null) {
                    ps.setNull(p++, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(p++, e.hostId);
                }
                ps.setTimestamp(p++, Rows.timestamp(e.at));
                ps.setString(p++, e.kind);
                ps.setString(p++, e.detail.length() > 512 ? e.detail.substring(0, 512) : e.detail);
                ps.setString(p++, e.remote.length() > 64 ? e.remote.substring(0, 64) : e.remote);
            }
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
