package org.netboot6.preflight.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.DbProperties;
import org.netboot6.preflight.Finding;

/** Server version, sql_mode (NO_AUTO_CREATE_USER on MySQL 8) and the cloud user's auth plugin (FR-10). */
public final class MysqlServerCheck extends DbCheck {
    @Override
    public String id() {
        return "mysql-server";
    }

    @Override
    public String title() {
        return "MySQL/MariaDB server version, sql_mode and auth plugin";
    }

    @Override
    public String description() {
        return "Reads VERSION(), @@sql_mode and the auth plugin of the connected user; checks them and the"
                + " sql_mode CloudStack sets from db.cloud.url.params against the server.";
    }

    /** Server facts the rules look at. */
    static final class Server {
        final boolean mariadb;
        final CsVersion version;
        final String versionText;

        Server(String versionText) {
            this.versionText = versionText;
            this.mariadb = versionText.toLowerCase(Locale.ROOT).contains("mariadb");
            // "10.11.6-MariaDB-0+deb12u1", "8.0.36", "5.5.5-10.11.6-MariaDB"
            String v = versionText.startsWith("5.5.5-") && mariadb ? versionText.substring(6) : versionText;
            this.version = CsVersion.parse(v.replaceFirst("[^0-9.].*$", ""));
        }

        String name() {
            return (mariadb ? "MariaDB " : "MySQL ") + versionText;
        }
    }

    static List<Finding> judgeVersion(Server s) {
        List<Finding> out = new ArrayList<>();
        if (!s.mariadb && s.version.isBefore(CsVersion.parse("5.7"))) {
            out.add(Finding.fail("server", s.name() + " is older than 5.7",
                    "CloudStack 4.x schema upgrades need MySQL 5.7 or 8.0", "upgrade MySQL first"));
        } else if (s.mariadb && s.version.isBefore(CsVersion.parse("10.3"))) {
            out.add(Finding.warn("server", s.name() + " is older than 10.3",
                    "current CloudStack releases are not tested against it", "upgrade MariaDB"));
        }
        return out;
    }

    /** sql_mode set by CloudStack's connection (sessionVariables in db.cloud.url.params) on this server. */
    static List<Finding> judgeSessionSqlMode(Server s, String urlParams) {
        List<Finding> out = new ArrayList<>();
        if (urlParams != null && urlParams.toUpperCase(Locale.ROOT).contains("NO_AUTO_CREATE_USER")
                && !s.mariadb && s.version.isAtLeast("8.0")) {
            out.add(Finding.fail("db.cloud.url.params", "db.cloud.url.params sets sql_mode NO_AUTO_CREATE_USER but "
                            + s.name() + " removed that mode",
                    "every management-server connection fails with \"Variable 'sql_mode' can't be set to the value of"
                            + " 'NO_AUTO_CREATE_USER'\"",
                    "remove NO_AUTO_CREATE_USER from sessionVariables in db.properties"));
        }
        return out;
    }

    static List<Finding> judgeAuthPlugin(Server s, String plugin, String user) {
        List<Finding> out = new ArrayList<>();
        String pl = plugin == null ? "" : plugin;
        if (s.mariadb && pl.equals("ed25519")) {
            out.add(Finding.fail("user " + user, "user " + user + " authenticates with MariaDB's ed25519",
                    "MySQL Connector/J, CloudStack's driver, cannot log in with it",
                    "ALTER USER " + user + " IDENTIFIED VIA mysql_native_password USING PASSWORD('...')"));
        } else if (!s.mariadb && pl.equals("mysql_native_password") && s.version.isAtLeast("8.4")) {
            out.add(Finding.fail("user " + user, "user " + user + " uses mysql_native_password, disabled by default"
                            + " since MySQL 8.4", "logins fail once the server runs without --mysql-native-password=ON",
                    "ALTER USER " + user + " IDENTIFIED WITH caching_sha2_password BY '...'"));
        } else {
            out.add(Finding.ok("user " + user, "user " + user + " authenticates with " + (pl.isEmpty() ? "the default plugin" : pl)));
        }
        return out;
    }

    @Override
    List<Finding> run(Context ctx, Connection c) throws SQLException {
        List<Finding> out = new ArrayList<>();
        Server s;
        String sqlMode;
        String current;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION(), @@GLOBAL.sql_mode, CURRENT_USER()")) {
            rs.next();
            s = new Server(rs.getString(1));
            sqlMode = rs.getString(2);
            current = rs.getString(3);
        }
        out.addAll(judgeVersion(s));
        DbProperties p = ctx.dbProperties();
        out.addAll(judgeSessionSqlMode(s, p == null ? null : p.get("db.cloud.url.params")));
        int at = current.lastIndexOf('@');
        String user = "'" + current.substring(0, at) + "'@'" + current.substring(at + 1) + "'";
        String plugin;
        try {
            plugin = authPlugin(c, current.substring(0, at), current.substring(at + 1));
        } catch (SQLException e) {
            plugin = null;
            out.add(Finding.warn("user " + user, "cannot read the auth plugin of " + user + ": " + firstLine(e),
                    "a plugin CloudStack's driver cannot use would only show at server start",
                    "check it by hand with SHOW CREATE USER"));
        }
        if (plugin != null) {
            out.addAll(judgeAuthPlugin(s, plugin, user));
        }
        if (out.stream().noneMatch(f -> f.severity() != org.netboot6.preflight.Severity.OK)) {
            out.add(0, Finding.ok("server", s.name() + ", sql_mode=" + sqlMode));
        }
        return out;
    }

    private static final java.util.regex.Pattern WITH = java.util.regex.Pattern.compile("IDENTIFIED (?:WITH|VIA) '?([A-Za-z0-9_]+)");

    /**
     * The account's auth plugin: SHOW CREATE USER works for one's own account without extra grants on MySQL 8
     * and MariaDB; mysql.user is the fallback.
     */
    static String authPlugin(Connection c, String user, String host) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE USER CURRENT_USER()")) {
            if (rs.next()) {
                String ddl = rs.getString(1);
                java.util.regex.Matcher m = WITH.matcher(ddl);
                if (m.find()) {
                    return m.group(1);
                }
                // MariaDB prints a native password hash as IDENTIFIED BY PASSWORD '*...'; no clause means no password
                return ddl.contains("IDENTIFIED BY PASSWORD") ? "mysql_native_password" : "";
            }
        } catch (SQLException e) {
            // an old server without SHOW CREATE USER: fall through to mysql.user
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT plugin FROM mysql.user WHERE user = ? AND host = ?")) {
            ps.setString(1, user);
            ps.setString(2, host);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
