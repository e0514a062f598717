package org.netboot6.preflight.checks;

import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;

import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.Finding;

/** The connector generation suits the target CloudStack (FR-09; MariaDB Connector/J 3 and jdbc:mysql). */
public final class JdbcDriverMajorCheck implements Check {
    @Override
    public String id() {
        return "jdbc-driver-major";
    }

    @Override
    public String title() {
        return "JDBC driver generation suits the target CloudStack";
    }

    @Override
    public String description() {
        return "CloudStack 4.14+ needs MySQL Connector/J 8 or newer (com.mysql.cj); 4.13 and older break with"
                + " Connector/J 8; MariaDB Connector/J 3 rejects jdbc:mysql:// unless permitMysqlScheme is set.";
    }

    /** A finding for a driver of this major version under this target, or null when they suit each other. */
    static Finding judge(String driverClass, int major, CsVersion target, String object, String url) {
        boolean mysql = driverClass.startsWith("com.mysql.");
        if (mysql && target != null && target.isAtLeast("4.14") && major < 8) {
            return Finding.fail(object, "MySQL Connector/J " + major + ".x is CloudStack's driver but " + target
                            + " needs 8 or newer", "the management server cannot load com.mysql.cj.jdbc.Driver",
                    "restore the mysql-connector-j jar cloudstack-management ships");
        }
        if (mysql && target != null && !target.isAtLeast("4.14") && major >= 8) {
            return Finding.fail(object, "MySQL Connector/J " + major + ".x with CloudStack " + target,
                    "the upgrade stops with \"Can not set long field ... to java.math.BigInteger\" (apache/cloudstack#3883)",
                    "use Connector/J 5.1 with CloudStack before 4.14, or upgrade to 4.14 or newer");
        }
        if (driverClass.startsWith("org.mariadb.") && major >= 3 && url.startsWith("jdbc:mysql:")
                && !url.contains("permitMysqlScheme")) {
            return Finding.fail(object, "MariaDB Connector/J " + major + ".x rejects jdbc:mysql:// without permitMysqlScheme",
                    "the management server will stop with \"No suitable driver found\"",
                    "restore mysql-connector-j in CloudStack's lib dir");
        }
        return null;
    }

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        String scheme = ctx.driverScheme();
        String url = ctx.cloudStackUrl();
        String cls = JdbcDriverCheck.driverClassFor(scheme, ctx.target());
        // judge every driver present: a stray MariaDB 3 or old connector next to the right one matters too
        for (String known : ctx.driverScan().jarsByDriver().keySet()) {
            Path jar = ctx.driverScan().jarsWith(known).get(0);
            Driver d = ctx.driverScan().load(known).driver;
            if (d == null) {
                continue; // jdbc-driver reports a driver that does not load
            }
            boolean isCloudStacks = known.equals(cls);
            Finding f = judge(known, d.getMajorVersion(), ctx.target(), jar.toString(), url);
            if (f != null && (isCloudStacks || known.startsWith("org.mariadb."))) {
                out.add(isCloudStacks ? f : Finding.warn(f.object(), f.fact(), "only harmless while "
                        + cls + " loads first", "remove " + jar.getFileName() + " from the lib dir"));
            } else if (isCloudStacks) {
                out.add(Finding.ok(jar.toString(), known + " " + d.getMajorVersion() + "." + d.getMinorVersion()
                        + " suits " + PluginRangeCheck.cloudStack(ctx.target())));
            }
        }
        if (out.isEmpty()) {
            out.add(Finding.notice(ctx.driverScan().libDir().toString(), "not checked: no " + cls + " to judge (see jdbc-driver)"));
        }
        return out;
    }
}
