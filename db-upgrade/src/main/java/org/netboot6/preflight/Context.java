package org.netboot6.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the checks look at: paths and versions from the command line, and the inputs several checks share
 * (db.properties, the decryption secret, one read-only database connection, the driver scan of CloudStack's
 * lib dir), each computed once on first use.
 */
public final class Context implements AutoCloseable {
    /** Settings, filled from the command line or by tests. */
    public static final class Settings {
        public Path confDir = Path.of("/etc/cloudstack/management");
        public Path dbProperties;
        public Path keyFile;
        public Path libDir = Path.of("/usr/share/cloudstack-management/lib");
        public Path pluginJar;
        public Path javaBin = Path.of("/usr/bin/java");
        public CsVersion target;
        public CsVersion installed;
        public String hostname;
        public int connectTimeoutSeconds = 5;
        public Map<String, String> env = System.getenv();

        public Path dbPropertiesPath() {
            return dbProperties != null ? dbProperties : confDir.resolve("db.properties");
        }

        public Path keyFilePath() {
            return keyFile != null ? keyFile : confDir.resolve("key");
        }

        public Path pluginJarPath() {
            return pluginJar != null ? pluginJar : libDir.resolve(BuildInfo.PLUGIN_JAR_NAME);
        }
    }

    /** Outcome of looking for the secret that opens ENC(...) values. */
    public static final class Secret {
        /** null when no ENC() value needs it, or when it cannot be had (see {@link #problem}). */
        public final String value;
        /** why the secret cannot be had; null when it could, or when none is needed */
        public final String problem;
        /** true when the secret lives where this tool cannot see it (encryption.type=web, env not set) */
        public final boolean unverifiable;
        /** for an unverifiable secret: what the operator can do about it (never something apt could do) */
        public final String remedy;

        Secret(String value, String problem) {
            this(value, problem, null);
        }

        private Secret(String value, String problem, String remedy) {
            this.value = value;
            this.problem = problem;
            this.unverifiable = remedy != null;
            this.remedy = remedy;
        }

        static Secret unverifiable(String problem, String remedy) {
            return new Secret(null, problem, remedy);
        }
    }

    /** An encrypted value whose secret this tool cannot see: the database checks are not run rather than failed. */
    public static final class UnverifiableSecretException extends IllegalStateException {
        UnverifiableSecretException(String message) {
            super(message);
        }
    }

    private final Settings settings;
    private DbProperties dbProperties;
    private String dbPropertiesProblem;
    private boolean dbPropertiesLoaded;
    private Secret secret;
    private Connection connection;
    private String connectionProblem;
    private boolean connectionUnverifiable;
    private boolean connectionTried;
    private DriverScan driverScan;

    public Context(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The target CloudStack version, or the installed one when no target was given (may be null). */
    public CsVersion target() {
        return settings.target != null ? settings.target : settings.installed;
    }

    public DbProperties dbProperties() {
        if (!dbPropertiesLoaded) {
            dbPropertiesLoaded = true;
            Path p = settings.dbPropertiesPath();
            try {
                dbProperties = DbProperties.load(p);
            } catch (java.nio.file.NoSuchFileException e) {
                dbPropertiesProblem = p + " does not exist";
            } catch (java.nio.file.AccessDeniedException e) {
                dbPropertiesProblem = p + " is not readable by this user (run as root)";
            } catch (IOException | IllegalArgumentException e) {
                dbPropertiesProblem = "cannot read " + p + ": " + e.getMessage();
            }
        }
        return dbProperties;
    }

    public String dbPropertiesProblem() {
        dbProperties();
        return dbPropertiesProblem;
    }

    /** The secret that opens ENC(...) values, found the way db.properties' encryption.type says. */
    public Secret secret() {
        if (secret != null) {
            return secret;
        }
        DbProperties p = dbProperties();
        if (p == null || p.encryptedKeys().isEmpty()) {
            return secret = new Secret(null, null);
        }
        String type = p.encryptionType();
        switch (type) {
            case "file":
                Path key = settings.keyFilePath();
                try {
                    List<String> lines = Files.readAllLines(key, StandardCharsets.UTF_8);
                    // CloudStack reads the first line of the key file
                    if (lines.isEmpty() || lines.get(0).isEmpty()) {
                        return secret = new Secret(null, "key file " + key + " is empty");
                    }
                    return secret = new Secret(lines.get(0), null);
                } catch (java.nio.file.NoSuchFileException e) {
                    return secret = new Secret(null, "key file " + key + " does not exist");
                } catch (java.nio.file.AccessDeniedException e) {
                    return secret = new Secret(null, "key file " + key + " is not readable by this user (run as root)");
                } catch (IOException e) {
                    return secret = new Secret(null, "cannot read key file " + key + ": " + e.getMessage());
                }
            case "env":
                String env = settings.env.get("CLOUD_SECRET_KEY");
                if (env == null || env.isEmpty()) {
                    return secret = Secret.unverifiable("db.cloud.encryption.type=env but CLOUD_SECRET_KEY is not set in this"
                            + " environment (the management service gets it from its own environment)",
                            "to check, rerun as root with the management service's CLOUD_SECRET_KEY in the environment"
                                    + " (the APT hook cannot have it)");
                }
                return secret = new Secret(env, null);
            case "web":
                return secret = Secret.unverifiable("db.cloud.encryption.type=web: the secret is typed into port 8097 at"
                        + " every management-server start, so this tool cannot see it",
                        "keep the secret at hand: the upgraded management server waits for it on port 8097 as before");
            case "none":
                return secret = new Secret(null, "values are ENC(...) but db.cloud.encryption.type is none, so"
                        + " CloudStack will not decrypt them");
            default:
                return secret = new Secret(null, "db.cloud.encryption.type=" + type + " is not none, file, env or web");
        }
    }

    /**
     * The usable value of a db.properties key: decrypted when ENC(...), as written otherwise.
     * @throws IllegalStateException saying why when an encrypted value cannot be opened
     */
    public String plainValue(String key) {
        DbProperties p = dbProperties();
        if (p == null) {
            throw new IllegalStateException(dbPropertiesProblem());
        }
        String enc = p.encryptedPart(key);
        if (enc == null) {
            return p.get(key);
        }
        Secret s = secret();
        if (s.unverifiable) {
            throw new UnverifiableSecretException(key + " is encrypted and " + s.problem);
        }
        if (s.value == null) {
            throw new IllegalStateException(key + " is encrypted and " + s.problem);
        }
        CloudStackSecrets.Plain plain = CloudStackSecrets.decrypt(enc, s.value, p.encryptorVersion());
        if (plain == null) {
            throw new IllegalStateException(key + " does not decrypt with the configured secret");
        }
        return plain.value;
    }

    /** One read-only connection to the cloud database through the preflight's own driver; null when it failed. */
    public Connection connection() {
        if (connectionTried) {
            return connection;
        }
        connectionTried = true;
        DbProperties p = dbProperties();
        if (p == null) {
            connectionProblem = dbPropertiesProblem();
            return null;
        }
        String url = ownDriverUrl(p);
        try {
            Properties info = new Properties();
            String user = plainValue("db.cloud.username");
            String password = plainValue("db.cloud.password");
            info.setProperty("user", user == null ? "" : user);
            info.setProperty("password", password == null ? "" : password);
            DriverManager.setLoginTimeout(settings.connectTimeoutSeconds);
            Connection c = DriverManager.getConnection(url, info);
            c.setReadOnly(true);
            connection = c;
        } catch (UnverifiableSecretException e) {
            connectionProblem = e.getMessage();
            connectionUnverifiable = true;
        } catch (IllegalStateException e) {
            connectionProblem = e.getMessage();
        } catch (SQLException e) {
            connectionProblem = "cannot connect to " + p.get("db.cloud.host") + ":" + p.portOr3306() + " as '"
                    + p.get("db.cloud.username") + "': " + firstLine(e.getMessage());
        }
        return connection;
    }

    public String connectionProblem() {
        connection();
        return connectionProblem;
    }

    /** True when there is no connection only because an encrypted credential's secret is out of this tool's sight. */
    public boolean connectionUnverifiable() {
        connection();
        return connectionUnverifiable;
    }

    /**
     * The preflight connects with its own MariaDB Connector/J (Debian's libmariadb-java), which accepts
     * jdbc:mariadb:// in both its 2.x and 3.x lines; CloudStack's own driver is only probed, never used.
     */
    String ownDriverUrl(DbProperties p) {
        int t = settings.connectTimeoutSeconds * 1000;
        String opts = "connectTimeout=" + t + "&socketTimeout=" + (6 * t);
        String uri = p.get("db.cloud.uri");
        if (uri != null && !uri.isEmpty()) {
            String rest = uri.replaceFirst("^jdbc:[a-z]+://", "");
            return "jdbc:mariadb://" + rest + (rest.contains("?") ? "&" : "?") + opts;
        }
        return "jdbc:mariadb://" + DbProperties.hostForUrl(p.get("db.cloud.host")) + ":" + p.portOr3306() + "/"
                + p.nameOrCloud() + "?" + opts;
    }

    public DriverScan driverScan() {
        if (driverScan == null) {
            driverScan = DriverScan.scan(settings.libDir);
        }
        return driverScan;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a read-only connection loses nothing
            }
        }
        if (driverScan != null) {
            driverScan.close();
        }
    }
}
