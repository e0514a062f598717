package org.netboot6.db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What existing data would stop a migration, as one read-only query per schema version in
 * {@value #LOCATION}/V&lt;version&gt;.sql. The migration runs it before changing anything; the upgrade preflight
 * reads the same file from the plugin jar and runs it while that version is pending, so an operator learns before
 * the upgrade what the start after it would refuse. Each row is (what, duplicate, copies).
 */
public final class Preconditions {
    public static final String LOCATION = "org/netboot6/db/preconditions";
    /** How many violations a message lists. */
    static final int LISTED = 5;

    private Preconditions() {
    }

    /** The violations of schema {@code version}'s precondition in {@code c}'s database, as phrases; empty if none. */
    static List<String> violations(Connection c, String version) throws SQLException {
        String query;
        try (InputStream in = Preconditions.class.getClassLoader().getResourceAsStream(LOCATION + "/V" + version + ".sql")) {
            if (in == null) {
                return List.of();
            }
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the precondition of netboot6 schema " + version, e);
        }
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1) + " '" + rs.getString(2) + "' (" + rs.getLong(3) + " live rows)");
            }
        }
        return out;
    }

    /** The first {@value #LISTED} violations, and how many more there are. */
    static String describe(List<String> violations) {
        return String.join(", ", violations.subList(0, Math.min(LISTED, violations.size())))
                + (violations.size() > LISTED ? " and " + (violations.size() - LISTED) + " more" : "");
    }
}
