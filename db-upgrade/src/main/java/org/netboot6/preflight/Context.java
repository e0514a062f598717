package org.netboot6.preflight;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
        /** where CloudStack's JDBC driver is looked for; null: the lib dir */
        public Path driverDir;
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
    private boolean dbPropertiesUnreadableHere;
    private EncryptionSecret secret;
    private CloudDbTarget dbTarget;
    private Connection connection;
    private String connectionProblem;
    private String connectionNotCheckedFix;
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
                dbPropertiesProblem = p + " is not readable by this user";
                dbPropertiesUnreadableHere = true;
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

    /** True when db.properties exists but this user may not read it (a non-root run), not a broken file. */
    public boolean dbPropertiesUnreadableHere() {
        dbProperties();
        return dbPropertiesUnreadableHere;
    }

    /** The secret that opens ENC(...) values; null when db.properties cannot be read. */
    public EncryptionSecret secret() {
        if (secret == null && dbProperties() != null) {
            secret = EncryptionSecret.find(dbProperties(), settings.keyFilePath(), settings.env);
        }
        return secret;
    }

    /** Where CloudStack connects for its cloud database; null when db.properties cannot be read. */
    public CloudDbTarget dbTarget() {
        if (dbTarget == null && dbProperties() != null) {
            dbTarget = CloudDbTarget.of(dbProperties());
        }
        return dbTarget;
    }

    /** The driver scheme CloudStack's DriverLoader is asked for (jdbc:mysql when db.properties does not say). */
    public String driverScheme() {
        CloudDbTarget t = dbTarget();
        return t == null || t.scheme() == null ? "jdbc:mysql" : t.scheme();
    }

    /** The URL CloudStack connects with; a stand-in jdbc:mysql URL when db.properties cannot be read. */
    public String cloudStackUrl() {
        CloudDbTarget t = dbTarget();
        return t == null ? "jdbc:mysql://localhost:3306/cloud" : t.cloudStackUrl();
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
        EncryptionSecret s = secret();
        if (s.unverifiable) {
            throw new UnverifiableSecretException(key + " is encrypted and " + s.problem);
        }
        if (s.value == null) {
            throw new IllegalStateException(key + " is encrypted but " + s.problem);
        }
        CloudStackSecrets.Plain plain = CloudStackSecrets.decrypt(enc, s.value);
        if (plain == null) {
            throw new IllegalStateException(key + " does not decrypt with the configured secret");
        }
        return plain.value;
    }

    /** The cloud user as CloudStack logs in (decrypted when possible), for messages. */
    public String shownUser() {
        try {
            return plainValue("db.cloud.username");
        } catch (IllegalStateException e) {
            return "(encrypted user)";
        }
    }

    /** One read-only connection to the cloud database through the preflight's own driver; null when it failed. */
    public Connection connection() {
        if (connectionTried) {
            return connection;
        }
        connectionTried = true;
        CloudDbTarget target = dbTarget();
        if (target == null) {
            connectionProblem = dbPropertiesProblem();
            return null;
        }
        if (!target.problems().isEmpty()) {
            connectionProblem = "not connecting: " + target.problems().get(0).fact;
            return null;
        }
        if (target.notFollowed() != null) {
            connectionProblem = target.notFollowed();
            connectionNotCheckedFix = "check by hand that the database answers";
            return null;
        }
        int t = settings.connectTimeoutSeconds * 1000;
        // a socket timeout well above the connect timeout: the queries are small, a server that stalls longer is broken
        String url = target.ownDriverUrl("connectTimeout=" + t + "&socketTimeout=" + (2 * t));
        String user = null;
        try {
            Properties info = new Properties();
            user = plainValue("db.cloud.username");
            info.setProperty("user", user);
            info.setProperty("password", plainValue("db.cloud.password"));
            DriverManager.setLoginTimeout(settings.connectTimeoutSeconds);
            Connection c = DriverManager.getConnection(url, info);
            c.setReadOnly(true);
            connection = c;
        } catch (UnverifiableSecretException e) {
            connectionProblem = e.getMessage();
            connectionNotCheckedFix = secret().fix;
        } catch (IllegalStateException e) {
            connectionProblem = e.getMessage();
        } catch (SQLException e) {
            connectionProblem = "cannot connect to " + target.address() + " as '" + user + "': " + firstLine(e.getMessage());
        }
        return connection;
    }

    public String connectionProblem() {
        connection();
        return connectionProblem;
    }

    /**
     * What to do when the connection was not tried for a reason that blocks nothing (a secret out of this tool's
     * sight, a URL form it does not follow); null when there is a connection or its absence is a real problem.
     */
    public String connectionNotCheckedFix() {
        connection();
        return connectionNotCheckedFix;
    }

    public DriverScan driverScan() {
        if (driverScan == null) {
            driverScan = DriverScan.scan(settings.driverDir != null ? settings.driverDir : settings.libDir);
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
