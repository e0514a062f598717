package org.netboot6.preflight;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A throwaway CloudStack-shaped database and a dedicated user on the real MariaDB/MySQL server the tests use:
 * NETBOOT6_DB_URL (default jdbc:mariadb://127.0.0.1:3306/), NETBOOT6_DB_USER (root), NETBOOT6_DB_PASSWORD (empty).
 */
public final class TestDb implements AutoCloseable {
    public final String host;
    public final int port;
    public final String name;
    public final String user;
    public final String password;
    private final String adminUrl;

    public TestDb() throws SQLException {
        String url = env("NETBOOT6_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^jdbc:(?:mariadb|mysql)://(\\[[^]]+]|[^:/]+)(?::(\\d+))?/?.*$")
                .matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("NETBOOT6_DB_URL='" + url + "' is not jdbc:mariadb://host:port/");
        }
        host = m.group(1).replace("[", "").replace("]", "");
        port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        adminUrl = url;
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        name = "nb6_pf_" + id;
        user = "nb6pf_" + id;
        password = "pw-" + id + "'\"x";
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password.replace("'", "''").replace("\\", "\\\\") + "'");
            s.execute("GRANT SELECT ON " + name + ".* TO '" + user + "'@'%'");
            s.execute("CREATE TABLE " + name + ".version (id BIGINT AUTO_INCREMENT PRIMARY KEY, version CHAR(40) NOT NULL,"
                    + " updated DATETIME NOT NULL, step ENUM('Upgrade','Complete') NOT NULL)");
            s.execute("CREATE TABLE " + name + ".mshost (id BIGINT AUTO_INCREMENT PRIMARY KEY, msid BIGINT NOT NULL,"
                    + " name VARCHAR(255), service_ip CHAR(40) NOT NULL, state VARCHAR(10) NOT NULL,"
                    + " last_update DATETIME, removed DATETIME)");
        }
    }

    static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isEmpty() ? d : v;
    }

    public Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, env("NETBOOT6_DB_USER", "root"), env("NETBOOT6_DB_PASSWORD", ""));
    }

    /** Runs statements as the admin user inside the throwaway database. */
    public void exec(String... sql) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("USE " + name);
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** A data source on the throwaway database as the admin user (what the plugin's own migrations run with). */
    public javax.sql.DataSource adminDataSource() throws SQLException {
        org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(
                "jdbc:mariadb://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + name);
        ds.setUser(env("NETBOOT6_DB_USER", "root"));
        ds.setPassword(env("NETBOOT6_DB_PASSWORD", ""));
        return ds;
    }

    public java.util.Set<String> tables() throws SQLException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (Connection c = admin(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Drops every table not in {@code keep} (foreign keys between them notwithstanding). */
    public void dropTablesExcept(java.util.Set<String> keep) throws SQLException {
        for (String t : tables()) {
            if (!keep.contains(t)) {
                exec("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE `" + t + "`", "SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    public void schemaVersions(String... versions) throws SQLException {
        exec("DELETE FROM version");
        for (String v : versions) {
            exec("INSERT INTO version (version, updated, step) VALUES ('" + v + "', NOW(), 'Complete')");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }
}
