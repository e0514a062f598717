package org.netboot6.preflight.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.DbProperties;
import org.netboot6.preflight.Finding;

/** Free space for the new package and, when the database is local, for the schema upgrade. */
public final class DiskCheck implements Check {
    /** A cloudstack-management package unpacks to roughly 0.5 GiB; keep room for old and new side by side. */
    static final long PACKAGE_ROOM = 1L << 30;
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Override
    public String id() {
        return "disk";
    }

    @Override
    public String title() {
        return "Free disk space";
    }

    @Override
    public String description() {
        return "Free space on the file system of CloudStack's lib dir (>= 1 GiB) and, for a database on this host,"
                + " on the MySQL datadir (at least the size of the cloud and cloud_usage databases).";
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    static Finding judgeLib(Path where, long free) {
        if (free < PACKAGE_ROOM / 4) {
            return Finding.fail(where.toString(), gib(free) + " free on the file system of " + where,
                    "unpacking the new cloudstack-management fails half-way", "free at least " + gib(PACKAGE_ROOM));
        }
        if (free < PACKAGE_ROOM) {
            return Finding.warn(where.toString(), gib(free) + " free on the file system of " + where,
                    "the new cloudstack-management may not fit next to the old one", "free at least " + gib(PACKAGE_ROOM));
        }
        return Finding.ok(where.toString(), gib(free) + " free on the file system of " + where);
    }

    static Finding judgeDatadir(String datadir, long free, long dbSize) {
        if (free < dbSize) {
            return Finding.fail(datadir, gib(free) + " free on " + datadir + " but the CloudStack databases take " + gib(dbSize),
                    "schema upgrades that rebuild tables can fill the disk and stop MySQL",
                    "free space on " + datadir + " (at least the database size)");
        }
        return Finding.ok(datadir, gib(free) + " free on " + datadir + " for " + gib(dbSize) + " of CloudStack databases");
    }

    /**
     * statvfs of the path. Not Files.getFileStore: that looks the path up in the mount table and fails
     * ("Mount point not found") in a chroot or container whose /proc/mounts does not list it.
     */
    static long usable(Path p) throws IOException {
        long free = p.toFile().getUsableSpace();
        if (free == 0L && !Files.exists(p)) {
            throw new IOException(p + " does not exist");
        }
        return free;
    }

    @Override
    public List<Finding> run(Context ctx) throws IOException, SQLException {
        List<Finding> out = new ArrayList<>();
        Path lib = ctx.settings().libDir;
        Path existing = lib;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null) {
            // a lib dir not there yet is created on the file system of its nearest existing parent: name that one
            out.add(judgeLib(existing, usable(existing)));
        }
        DbProperties p = ctx.dbProperties();
        Connection c = ctx.connection();
        if (p == null || c == null) {
            out.add(Finding.notice("", "database disk not checked: no database connection (see db-connect)"));
            return out;
        }
        String host = p.get("db.cloud.host") == null ? "localhost" : p.get("db.cloud.host").toLowerCase(Locale.ROOT);
        if (!LOCAL.contains(host)) {
            out.add(Finding.notice(host, "database disk not checked: the database runs on " + host + ", not here"));
            return out;
        }
        String datadir;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@datadir")) {
            rs.next();
            datadir = rs.getString(1);
        }
        long size = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(data_length + index_length), 0)"
                + " FROM information_schema.tables WHERE table_schema IN (?, ?)")) {
            ps.setString(1, c.getCatalog());
            ps.setString(2, p.get("db.usage.name") == null ? "cloud_usage" : p.get("db.usage.name"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                size = rs.getLong(1);
            }
        }
        Path dd = Path.of(datadir);
        if (!Files.isDirectory(dd)) {
            out.add(Finding.notice(datadir, "database disk not checked: datadir " + datadir + " is not visible here"));
            return out;
        }
        out.add(judgeDatadir(datadir, usable(dd), size));
        return out;
    }
}
