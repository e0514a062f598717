package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.netboot6.model.Token;

/** One-time per-host tokens in {@code netboot6_token}. */
public final class TokenRepository {

    /** What a presented token turned out to be. */
    public enum Verdict { ACCEPTED, UNKNOWN, USED, EXPIRED }

    public void issue(Connection c, long hostId, Token token, String purpose, Instant now, Instant expires)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO netboot6_token (token, host_id, purpose, created, expires) VALUES (?,?,?,?,?)")) {
            ps.setString(1, token.value());
            ps.setLong(2, hostId);
            ps.setString(3, purpose);
            ps.setTimestamp(4, Rows.timestamp(now));
            ps.setTimestamp(5, Rows.timestamp(expires));
            ps.executeUpdate();
        }
    }

    /** A live token and what it was issued for. */
    public static final class LiveToken {
        private final Token token;
        private final String purpose;
        private final Instant expires;

        LiveToken(Token token, String purpose, Instant expires) {
            this.token = token;
            this.purpose = purpose;
            this.expires = expires;
        }

        public Token token() {
            return token;
        }

        public String purpose() {
            return purpose;
        }

        public Instant expires() {
            return expires;
        }
    }

    /** The host's newest unused, unexpired token. */
    public Optional<LiveToken> findLive(Connection c, long hostId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT token, purpose, expires FROM netboot6_token "
                + "WHERE host_id = ? AND used IS NULL AND expires > ? ORDER BY created DESC LIMIT 1")) {
            ps.setLong(1, hostId);
            ps.setTimestamp(2, Rows.timestamp(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new LiveToken(Token.parse(rs.getString(1)), rs.getString(2),
                        Rows.instant(rs, "expires"))) : Optional.empty();
            }
        }
    }

    /** The newest live token of every host that has one, in one query (the boot service's warm-up). */
    public Map<Long, LiveToken> findAllLive(Connection c, Instant now) throws SQLException {
        Map<Long, LiveToken> live = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT host_id, token, purpose, expires FROM netboot6_token "
                + "WHERE used IS NULL AND expires > ? ORDER BY host_id, created DESC")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    live.putIfAbsent(rs.getLong(1), new LiveToken(Token.parse(rs.getString(2)), rs.getString(3),
                            Rows.instant(rs, "expires")));
                }
            }
        }
        return live;
    }

    /** What a presented token is: its verdict, and the host and purpose it was issued for when it is known. */
    public static final class TokenStatus {
        private final Verdict verdict;
        private final Long hostId;
        private final String purpose;
        private final Instant expires;

        TokenStatus(Verdict verdict, Long hostId, String purpose, Instant expires) {
            this.verdict = verdict;
            this.hostId = hostId;
            this.purpose = purpose;
            this.expires = expires;
        }

        /** ACCEPTED when the token is live. */
        public Verdict verdict() {
            return verdict;
        }

        public Optional<Long> hostId() {
            return Optional.ofNullable(hostId);
        }

        public String purpose() {
            return purpose;
        }

        /** When the token expires (or expired); {@link Instant#MIN} for an unknown token. */
        public Instant expires() {
            return expires;
        }
    }

    public TokenStatus lookup(Connection c, Token token, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT host_id, purpose, expires, used FROM netboot6_token WHERE token = ?")) {
            ps.setString(1, token.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new TokenStatus(Verdict.UNKNOWN, null, null, Instant.MIN);
                }
                Instant expires = Rows.instant(rs, "expires");
                Verdict v = rs.getTimestamp("used") != null ? Verdict.USED
                        : expires.isAfter(now) ? Verdict.ACCEPTED : Verdict.EXPIRED;
                return new TokenStatus(v, rs.getLong("host_id"), rs.getString("purpose"), expires);
            }
        }
    }

    /** Marks the token used if it is live; exactly one of any number of concurrent callers gets ACCEPTED. */
    public TokenStatus consume(Connection c, Token token, Instant now) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE netboot6_token SET used = ? WHERE token = ? AND used IS NULL AND expires > ?")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            ps.setString(2, token.value());
            ps.setTimestamp(3, Rows.timestamp(now));
            updated = ps.executeUpdate();
        }
        TokenStatus status = lookup(c, token, now);
        return updated == 1 ? new TokenStatus(Verdict.ACCEPTED, status.hostId, status.purpose, status.expires) : status;
    }

    /** Ends every live token of a host (re-arming or cancelling invalidates the old ones). */
    public void revokeAll(Connection c, long hostId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE netboot6_token SET expires = ? WHERE host_id = ? AND used IS NULL AND expires > ?")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            ps.setLong(2, hostId);
            ps.setTimestamp(3, Rows.timestamp(now));
            ps.executeUpdate();
        }
    }
}
