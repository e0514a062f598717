package org.netboot6.testdb;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * A throwaway database on the server the README's commands prepared: {@code NETBOOT6_DB_URL} (a server URL such
 * as {@code jdbc:mariadb://127.0.0.1:3306/}), {@code NETBOOT6_DB_USER} (root), {@code NETBOOT6_DB_PASSWORD}
 * (empty). Created on open, dropped on close unless it was asked to be kept.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final String serverUrl;
    private final String name;
    private final boolean keep;
    private final MariaDbPoolDataSource dataSource;

    private ScratchDatabase(String name, boolean keep) throws SQLException {
        this.serverUrl = withSlash(env("NETBOOT6_DB_URL", "jdbc:mariadb://127.0.0.1:3306/"));
        this.name = name;
        this.keep = keep;
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
        }
        dataSource = new MariaDbPoolDataSource(serverUrl + name + credentials("?") + "&maxPoolSize=16");
    }

    /** A fresh database named {@code nb6_<purpose>_<random>}, dropped on close. */
    public static ScratchDatabase create(String purpose) {
        byte[] r = new byte[4];
        new SecureRandom().nextBytes(r);
        String suffix = String.format("%02x%02x%02x%02x", r[0], r[1], r[2], r[3]);
        return open("nb6_" + purpose + "_" + suffix, false);
    }

    /** A database with a fixed name, emptied now and kept afterwards (for the demo, to look at). */
    public static ScratchDatabase recreateAndKeep(String name) {
        return open(name, true);
    }

    private static ScratchDatabase open(String name, boolean keep) {
        try {
            return new ScratchDatabase(name, keep);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on "
                    + env("NETBOOT6_DB_URL", "jdbc:mariadb://127.0.0.1:3306/") + " as " + env("NETBOOT6_DB_USER", "root")
                    + " (" + e.getMessage() + "); the README's commands start a MariaDB when none answers", e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /** A JDBC URL of this database, with credentials, for tools and child processes. */
    public String url() {
        return serverUrl + name + credentials("?");
    }

    private Connection serverConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(serverUrl + credentials("?"));
    }

    private static String credentials(String lead) {
        String user = env("NETBOOT6_DB_USER", "root");
        String password = env("NETBOOT6_DB_PASSWORD", "");
        return lead + "user=" + encode(user) + (password.isEmpty() ? "" : "&password=" + encode(password));
    }

    private static String encode(String v) {
        return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    @Override
    public void close() {
        dataSource.close();
        if (keep) {
            return;
        }
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop scratch database " + name + ": " + e.getMessage(), e);
        }
    }
}
