package org.netboot6.preflight.checks;

import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.DriverScan;
import org.netboot6.preflight.Finding;

/**
 * The driver CloudStack's DriverLoader loads for db.cloud.driver is in its lib dir, loads, and accepts the URL
 * CloudStack builds (FR-08: "No suitable driver found for jdbc:mysql").
 */
public final class JdbcDriverCheck implements Check {
    @Override
    public String id() {
        return "jdbc-driver";
    }

    @Override
    public String title() {
        return "MySQL JDBC driver in CloudStack's lib dir";
    }

    @Override
    public String description() {
        return "Looks in CloudStack's lib dir (the management server's classpath lib/*) for the driver class"
                + " DriverLoader loads for db.cloud.driver, loads it in isolation and asks it to accept the JDBC URL.";
    }

    /** The class CloudStack's DriverLoader loads for a scheme, or null when it knows none. */
    public static String driverClassFor(String scheme, CsVersion target) {
        if ("jdbc:mysql".equals(scheme)) {
            // 4.14 (PR #3601) moved to Connector/J 8 and com.mysql.cj
            return target == null || target.isAtLeast("4.14") ? "com.mysql.cj.jdbc.Driver" : "com.mysql.jdbc.Driver";
        }
        if ("jdbc:mariadb".equals(scheme)) {
            return "org.mariadb.jdbc.Driver";
        }
        return null;
    }

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        DriverScan scan = ctx.driverScan();
        Path lib = scan.libDir();
        String scheme = ctx.driverScheme();
        String url = ctx.cloudStackUrl();
        String shownUrl = ctx.dbTarget() == null ? "a jdbc:mysql:// URL (db.properties unreadable, so not CloudStack's own)"
                : url.replaceFirst("\\?.*$", "");
        String cls = driverClassFor(scheme, ctx.target());
        if (cls == null) {
            out.add(Finding.fail("db.cloud.driver", "db.cloud.driver=" + scheme + " is not a scheme CloudStack's DriverLoader knows",
                    "the management server will stop with \"No suitable driver found\"", "set db.cloud.driver=jdbc:mysql"));
            return out;
        }
        if (scan.problem() != null && scan.jars().isEmpty()) {
            out.add(Finding.fail(lib.toString(), scan.problem(),
                    "no driver can be on the management server's classpath",
                    "reinstall cloudstack-management for the target version"));
            return out;
        }
        if (scan.problem() != null) {
            out.add(Finding.warn(lib.toString(), scan.problem(), "the management server may fail to load them",
                    "reinstall cloudstack-management"));
        }
        List<Path> jars = scan.jarsWith(cls);
        if (jars.isEmpty()) {
            String others = scan.jarsByDriver().entrySet().stream()
                    .map(e -> e.getKey() + " in " + e.getValue().stream().map(j -> j.getFileName().toString())
                            .collect(Collectors.joining(",")))
                    .collect(Collectors.joining("; "));
            out.add(Finding.fail(lib.toString(), "no jar in " + lib + " contains " + cls + ", the driver CloudStack"
                            + (ctx.target() == null ? "" : " " + ctx.target()) + " loads for " + scheme
                            + (others.isEmpty() ? "" : " (found only " + others + ")"),
                    "the management server will stop with \"No suitable driver found for " + shownUrl + "\"",
                    "the cloudstack-management package must ship " + (cls.startsWith("org.mariadb.") ? "MariaDB Connector/J"
                            : "mysql-connector-j") + " in " + lib
                            + "; do not upgrade to this build (hold it with apt-mark hold cloudstack-management)"));
            return out;
        }
        if (jars.size() > 1) {
            out.add(Finding.warn(lib.toString(), cls + " is in " + jars.size() + " jars: "
                            + jars.stream().map(j -> j.getFileName().toString()).collect(Collectors.joining(", ")),
                    "lib/* loads them in an unpredictable order", "remove the jars cloudstack-management did not install"));
        }
        DriverScan.Loaded loaded = ctx.driverScan().load(cls);
        Driver d = loaded.driver;
        if (d == null) {
            out.add(Finding.fail(jars.get(0).toString(), cls + " in " + jars.get(0).getFileName() + " does not load: " + loaded.problem,
                    "the management server will stop with \"No suitable driver found for " + shownUrl + "\"",
                    "reinstall cloudstack-management so its bundled connector is intact"));
            return out;
        }
        String rejects = null;
        try {
            if (!d.acceptsURL(url)) {
                rejects = "rejects " + shownUrl;
            }
        } catch (Exception e) {
            rejects = "fails on " + shownUrl + ": " + e;
        }
        if (rejects != null) {
            out.add(Finding.fail(jars.get(0).toString(), cls + " from " + jars.get(0).getFileName() + " " + rejects,
                    "the management server will stop with \"No suitable driver found for " + shownUrl + "\"",
                    "fix db.cloud.driver/db.cloud.uri in db.properties"));
            return out;
        }
        out.add(Finding.ok(jars.get(0).toString(), cls + " " + d.getMajorVersion() + "." + d.getMinorVersion() + " from "
                + jars.get(0).getFileName() + " loads and accepts " + shownUrl));
        return out;
    }
}
