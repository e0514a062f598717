package org.netboot6.preflight.checks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.preflight.Context;
import org.netboot6.preflight.Finding;

/** No other management server is up: CloudStack upgrades with every management server stopped. */
public final class ClusterCheck extends DbCheck {
    /** A heartbeat newer than this counts as a live server; CloudStack beats every few seconds. */
    static final int ALIVE_SECONDS = 120;

    @Override
    public String id() {
        return "cluster";
    }

    @Override
    public String title() {
        return "Other management servers stopped";
    }

    @Override
    public String description() {
        return "Lists mshost rows in state Up other than this host; a fresh last_update (< " + ALIVE_SECONDS
                + " s) means that server is running.";
    }

    @Override
    List<Finding> run(Context ctx, Connection c) throws SQLException {
        String self = ctx.settings().hostname != null ? ctx.settings().hostname : localHostname();
        List<String> alive = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        String sql = "SELECT name, service_ip, TIMESTAMPDIFF(SECOND, last_update, UTC_TIMESTAMP()) FROM mshost"
                + " WHERE removed IS NULL AND state = 'Up' ORDER BY name";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name != null && (name.equalsIgnoreCase(self) || shortName(name).equalsIgnoreCase(shortName(self)))) {
                    continue;
                }
                long age = rs.getLong(3);
                boolean neverBeat = rs.wasNull();
                String who = name + " (" + rs.getString(2) + ")";
                if (!neverBeat && age <= ALIVE_SECONDS) {
                    alive.add(who);
                } else {
                    stale.add(who);
                }
            }
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState())) {
                return List.of(Finding.fail("cloud.mshost", "database '" + c.getCatalog() + "' has no mshost table",
                        "this is not CloudStack's database", "point db.cloud.name at CloudStack's database"));
            }
            throw e;
        }
        List<Finding> out = new ArrayList<>();
        if (!alive.isEmpty()) {
            out.add(Finding.fail("cloud.mshost", alive.size() + " other management server(s) are Up with a heartbeat in the"
                            + " last " + ALIVE_SECONDS + " s: " + String.join(", ", alive),
                    "a server still running old code against the upgraded schema corrupts state",
                    "stop cloudstack-management on every management server before upgrading"));
        }
        if (!stale.isEmpty()) {
            out.add(Finding.warn("cloud.mshost", stale.size() + " management server(s) are marked Up but silent: "
                            + String.join(", ", stale), "they may be crashed rather than stopped",
                    "make sure cloudstack-management is stopped there"));
        }
        if (out.isEmpty()) {
            out.add(Finding.ok("cloud.mshost", "no other management server is up"));
        }
        return out;
    }

    private static String shortName(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }

    static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
