package org.netboot6.preflight;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.netboot6.preflight.checks.ClusterCheck;
import org.netboot6.preflight.checks.DbConnectCheck;
import org.netboot6.preflight.checks.DbPropertiesCheck;
import org.netboot6.preflight.checks.DiskCheck;
import org.netboot6.preflight.checks.JavaCheck;
import org.netboot6.preflight.checks.JdbcDriverCheck;
import org.netboot6.preflight.checks.JdbcDriverMajorCheck;
import org.netboot6.preflight.checks.MysqlServerCheck;
import org.netboot6.preflight.checks.Netboot6MigrationsCheck;
import org.netboot6.preflight.checks.PluginRangeCheck;
import org.netboot6.preflight.checks.SchemaVersionCheck;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cloudstack-netboot6-upgrade-check}: read-only checks before a CloudStack 4.x upgrade.
 * Exit 0 without FAIL, 1 with any FAIL, 2 on a usage error.
 */
@Command(name = "cloudstack-netboot6-upgrade-check", mixinStandardHelpOptions = true,
        versionProvider = UpgradeCheck.Version.class, sortOptions = false,
        description = {"Read-only checks to run before upgrading CloudStack (or netboot6) on a management server.",
                "Prints one line per finding: SEVERITY [check-id] fact; consequence; fix.",
                "Exit status: 0 no FAIL, 1 at least one FAIL, 2 usage error."})
public final class UpgradeCheck implements Callable<Integer> {
    /** All checks, in report order. */
    public static List<Check> allChecks() {
        return List.of(new PluginRangeCheck(), new DbPropertiesCheck(), new JdbcDriverCheck(), new JdbcDriverMajorCheck(),
                new JavaCheck(), new DbConnectCheck(), new MysqlServerCheck(), new SchemaVersionCheck(),
                new Netboot6MigrationsCheck(), new ClusterCheck(), new DiskCheck());
    }

    @Option(names = {"-t", "--target"}, paramLabel = "VERSION", converter = VersionConverter.class,
            description = "CloudStack version about to be installed (default: the installed one)")
    CsVersion target;

    @Option(names = "--installed-version", paramLabel = "VERSION", converter = VersionConverter.class,
            description = "installed cloudstack-management version (default: asked from dpkg)")
    CsVersion installed;

    @Option(names = "--conf-dir", paramLabel = "DIR", description = "CloudStack management configuration (default: ${DEFAULT-VALUE})")
    Path confDir = Path.of("/etc/cloudstack/management");

    @Option(names = "--db-properties", paramLabel = "FILE", description = "db.properties (default: CONF-DIR/db.properties)")
    Path dbProperties;

    @Option(names = "--key-file", paramLabel = "FILE", description = "key for ENC(...) values (default: CONF-DIR/key)")
    Path keyFile;

    @Option(names = "--lib-dir", paramLabel = "DIR", description = "CloudStack's lib dir (default: ${DEFAULT-VALUE})")
    Path libDir = Path.of("/usr/share/cloudstack-management/lib");

    @Option(names = "--driver-dir", paramLabel = "DIR",
            description = "where to look for CloudStack's JDBC driver (default: LIB-DIR; the APT hook points it at the"
                    + " driver jars of the cloudstack-management package being installed)")
    Path driverDir;

    @Option(names = "--plugin-jar", paramLabel = "FILE",
            description = "netboot6 plugin jar whose migrations count (default: LIB-DIR/" + BuildInfo.PLUGIN_JAR_NAME + ")")
    Path pluginJar;

    @Option(names = "--java", paramLabel = "FILE", description = "java the management service runs (default: ${DEFAULT-VALUE})")
    Path javaBin = Path.of("/usr/bin/java");

    @Option(names = "--hostname", paramLabel = "NAME", description = "this management server's name in mshost (default: the host name)")
    String hostname;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "run only these checks")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", split = ",", paramLabel = "ID", description = "skip these checks (reported as NOTICE)")
    List<String> skip = new ArrayList<>();

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "database connect timeout (default: ${DEFAULT-VALUE})")
    int connectTimeout = 5;

    @Option(names = "--json", description = "print the report as JSON (modelled on MySQL Shell's checkForServerUpgrade)")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Version option values: a clear error naming the option. */
    static final class VersionConverter implements CommandLine.ITypeConverter<CsVersion> {
        @Override
        public CsVersion convert(String value) {
            try {
                return CsVersion.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cloudstack-netboot6-upgrade-check " + BuildInfo.VERSION + " (supports CloudStack >= "
                    + BuildInfo.CLOUDSTACK_MIN + " and < " + BuildInfo.CLOUDSTACK_BELOW + ")"};
        }
    }

    @Override
    public Integer call() {
        Set<String> ids = new LinkedHashSet<>();
        for (Check c : allChecks()) {
            ids.add(c.id());
        }
        for (List<String> list : List.of(only, skip)) {
            for (String id : list) {
                if (!ids.contains(id)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '"
                            + (list == only ? "--only" : "--skip") + "': unknown check id '" + id + "' (known: "
                            + String.join(", ", ids) + ")");
                }
            }
        }
        usageErrors();
        if (connectTimeout < 1 || connectTimeout > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--connect-timeout': " + connectTimeout + " is not between 1 and 600 seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (installed == null) {
            installed = installedFromDpkg();
        }
        Report report = new Report(installed, target != null ? target : installed);
        if (!Files.isDirectory(confDir)) {
            report.add(NOT_APPLICABLE, List.of(Finding.notice(confDir.toString(),
                    "no configured CloudStack management server on this host (" + confDir + " does not exist); nothing to check")));
            print(out, report);
            return 0;
        }
        Context.Settings s = new Context.Settings();
        s.confDir = confDir;
        s.dbProperties = dbProperties;
        s.keyFile = keyFile;
        s.libDir = libDir;
        s.pluginJar = pluginJar;
        s.driverDir = driverDir;
        s.javaBin = javaBin;
        s.target = target;
        s.installed = installed;
        s.hostname = hostname;
        s.connectTimeoutSeconds = connectTimeout;
        try (Context ctx = new Context(s)) {
            run(ctx, report, only, skip);
        }
        print(out, report);
        return report.exitCode();
    }

    /** Option values that cannot be what the operator meant: exit 2 rather than a report on something else. */
    private void usageErrors() {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (javaBin.toString().isEmpty() || Files.isDirectory(javaBin)) {
            throw usage("--java", "'" + javaBin + "' is " + (javaBin.toString().isEmpty() ? "empty" : "a directory")
                    + ", not a java executable");
        }
        // a typo here (say in UPGRADE_CHECK_OPTS) must not turn into "nothing to check"
        if (given.hasMatchedOption("--conf-dir") && !Files.isDirectory(confDir)) {
            throw usage("--conf-dir", "'" + confDir + "' is not a directory");
        }
        if (hostname != null && hostname.isBlank()) {
            throw usage("--hostname", "empty host name");
        }
    }

    private CommandLine.ParameterException usage(String option, String why) {
        return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + why);
    }

    /** Runs the selected checks; a check that throws is reported as FAIL, since nothing it checks was verified. */
    public static void run(Context ctx, Report report, List<String> only, List<String> skip) {
        for (Check c : allChecks()) {
            if (!only.isEmpty() && !only.contains(c.id())) {
                continue;
            }
            if (skip.contains(c.id())) {
                report.add(c, List.of(Finding.notice("", "skipped (--skip " + c.id() + ")")));
                continue;
            }
            List<Finding> found;
            try {
                found = c.run(ctx);
            } catch (Exception | LinkageError e) {
                found = List.of(Finding.fail("", "the check could not run: " + e,
                        "what it checks is unverified", "fix the cause or, after checking by hand, rerun with --skip " + c.id()));
            }
            report.add(c, found);
        }
    }

    private void print(PrintWriter out, Report report) {
        out.print(json ? report.json() : report.text());
        out.flush();
    }

    private static final Check NOT_APPLICABLE = new Check() {
        @Override
        public String id() {
            return "not-applicable";
        }

        @Override
        public String title() {
            return "CloudStack management server present";
        }

        @Override
        public String description() {
            return "Without a configured management server there is nothing an upgrade could break.";
        }

        @Override
        public List<Finding> run(Context context) {
            return List.of();
        }
    };

    /** The installed cloudstack-management version from dpkg, or null when it is not installed. */
    static CsVersion installedFromDpkg() {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${db:Status-Abbrev} ${Version}", "cloudstack-management")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(buf);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return fromDpkgStatus(buf.toString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The version from {@code dpkg-query -f '${db:Status-Abbrev} ${Version}'}: installed when the status letter (the
     * second) is 'i', whatever the wanted state ("ii", or "hi" for a held package); null otherwise.
     */
    static CsVersion fromDpkgStatus(String output) {
        String[] f = output.trim().split("\\s+");
        if (f.length != 2 || f[0].length() < 2 || f[0].charAt(1) != 'i') {
            return null;
        }
        try {
            return CsVersion.parse(f[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new UpgradeCheck());
        cl.setOut(out);
        cl.setErr(err);
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, a) -> {
            // a --json caller reads stdout only: it gets a JSON document there too
            if (java.util.Arrays.asList(a).contains("--json")) {
                out.print(Report.usageErrorJson(e.getMessage()));
                out.flush();
            }
            return usage.handleParseException(e, a);
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        int rc = execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(rc);
    }
}
