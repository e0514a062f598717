package org.netboot6.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** JDBC conversions shared by the repositories. Numeric ids are read as long explicitly (FR-09). */
final class Rows {
    private Rows() {
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * The locking clause of a SELECT that takes a row for the rest of the transaction: shared (others may read and
     * share it, nobody may change it) or exclusive (as an UPDATE would). MySQL 8 and MariaDB both read both forms.
     */
    static String lockClause(boolean exclusive) {
        return exclusive ? " FOR UPDATE" : " LOCK IN SHARE MODE";
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new StoreException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
