package org.netboot6.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command end to end against a real MariaDB and real driver jars. */
class UpgradeCheckTest {
    static TestDb db;
    static final Path DRIVERS = Path.of(System.getProperty("netboot6.test.drivers", "target/test-drivers"));
    static final Path CONNECTOR = DRIVERS.resolve(System.getProperty("netboot6.test.connector", "mysql-connector-j-8.4.0.jar"));
    static final Path MARIADB3 = DRIVERS.resolve(System.getProperty("netboot6.test.mariadb", "mariadb-java-client-3.5.1.jar"));
    static final String KEY = "management-key-Xy7";

    @TempDir
    Path tmp;
    Path conf;
    Path lib;

    @BeforeAll
    static void database() throws Exception {
        db = new TestDb();
        db.schemaVersions("4.19.1.0", "4.20.1.0");
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @BeforeEach
    void cloudstack() throws Exception {
        conf = Files.createDirectories(tmp.resolve("etc/cloudstack/management"));
        lib = Files.createDirectories(tmp.resolve("usr/share/cloudstack-management/lib"));
        Files.copy(CONNECTOR, lib.resolve("mysql-connector-j-8.4.0.jar"));
        writeKey(KEY);
        writeProps("V2", KEY, "file", "");
        db.exec("DELETE FROM mshost");
        db.schemaVersions("4.19.1.0", "4.20.1.0");
    }

    void writeKey(String key) throws IOException {
        Files.writeString(conf.resolve("key"), key + "\n");
    }

    /** db.properties as cloudstack-setup-databases writes it, the password encrypted with {@code encryptor}. */
    void writeProps(String encryptor, String key, String type, String extra) throws Exception {
        String enc = encryptor.equals("V2") ? CloudStackSecretsTest.encryptV2WithTink(db.password, key)
                : encryptor.equals("V1") ? CloudStackSecrets.encryptV1(db.password, key) : null;
        String pw = enc == null ? db.password : "ENC(" + enc + ")";
        Files.writeString(conf.resolve("db.properties"), String.join("\n",
                "# written by the test",
                "db.cloud.username=" + db.user,
                "db.cloud.password=" + pw.replace("\\", "\\\\"),
                "db.cloud.host=" + db.host,
                "db.cloud.port=" + db.port,
                "db.cloud.name=" + db.name,
                "db.cloud.driver=jdbc:mysql",
                "db.cloud.url.params=prepStmtCacheSize=517&cachePrepStmts=true&sessionVariables=sql_mode='STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE'&serverTimezone=UTC",
                "db.cloud.encryption.type=" + type,
                extra, ""));
    }

    static final class Run {
        final int rc;
        final String out;
        final String err;

        Run(int rc, String out, String err) {
            this.rc = rc;
            this.out = out;
            this.err = err;
        }

        List<String> lines(String prefix) {
            List<String> l = new ArrayList<>();
            for (String s : out.split("\n")) {
                if (s.startsWith(prefix)) {
                    l.add(s);
                }
            }
            return l;
        }

        String line(String prefix) {
            List<String> l = lines(prefix);
            assertThat(l).as("one line starting with '%s' in:%n%s", prefix, out).hasSize(1);
            return l.get(0);
        }
    }

    Run run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--conf-dir", conf.toString(), "--lib-dir", lib.toString(),
                "--hostname", "this-ms"));
        if (!Arrays.asList(extra).contains("--installed-version")) {
            args.addAll(List.of("--installed-version", "4.20.1.0"));
        }
        args.addAll(Arrays.asList(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = UpgradeCheck.execute(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void healthyServerPassesWithEveryCheckReporting() {
        Run r = run("--target", "4.22.0.0");
        assertThat(r.rc).as(r.out).isZero();
        assertThat(r.lines("FAIL")).isEmpty();
        assertThat(r.line("OK [cs-version]")).contains("upgraded 4.20.1.0 -> 4.22.0.0");
        assertThat(r.line("OK [db-properties]")).contains("db.cloud.password (V2)");
        assertThat(r.line("OK [jdbc-driver]")).contains("com.mysql.cj.jdbc.Driver 8.4 from mysql-connector-j-8.4.0.jar loads and accepts jdbc:mysql://");
        assertThat(r.line("OK [jdbc-driver-major]")).contains("suits CloudStack 4.22.0.0");
        assertThat(r.line("OK [java]")).contains("default java is 17");
        assertThat(r.line("OK [db-connect]")).contains("as '" + db.user + "'");
        assertThat(r.lines("OK [mysql-server]")).anySatisfy(l -> assertThat(l).contains("MariaDB").contains("sql_mode="))
                .anySatisfy(l -> assertThat(l).contains("user '" + db.user + "'@'%' authenticates with mysql_native_password"));
        assertThat(r.line("OK [db-schema-version]")).contains("database schema 4.20.1.0, target 4.22.0.0");
        assertThat(r.line("NOTICE [netboot6-migrations]")).contains("no netboot6 schema yet");
        assertThat(r.line("OK [cluster]")).contains("no other management server is up");
        assertThat(r.lines("OK [disk]")).isNotEmpty();
        assertThat(r.out).contains("0 error(s)").contains("the upgrade may proceed");
    }

    @Test
    void targetWhoseLibDirLacksTheConnectorFailsWithTheDecisiveLine() throws IOException {
        Files.delete(lib.resolve("mysql-connector-j-8.4.0.jar"));
        Run r = run("--target", "4.22.0.0");
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [jdbc-driver]")).isEqualTo("FAIL [jdbc-driver] no jar in " + lib
                + " contains com.mysql.cj.jdbc.Driver, the driver CloudStack 4.22.0.0 loads for jdbc:mysql;"
                + " the management server will stop with \"No suitable driver found for jdbc:mysql://" + db.host + ":"
                + db.port + "/" + db.name + "\"; the cloudstack-management package must ship mysql-connector-j in " + lib
                + "; do not upgrade to this build (hold it with apt-mark hold cloudstack-management)");
        assertThat(r.out).contains("1 error(s)").contains("do not upgrade");
    }

    @Test
    void mariadbConnector3InsteadOfMysqlConnectorIsCaught() throws IOException {
        Files.delete(lib.resolve("mysql-connector-j-8.4.0.jar"));
        Files.copy(MARIADB3, lib.resolve("mariadb-java-client-3.5.1.jar"));
        Run r = run("--target", "4.22.0.0");
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [jdbc-driver]")).contains("(found only org.mariadb.jdbc.Driver in mariadb-java-client-3.5.1.jar)");
        assertThat(r.line("WARN [jdbc-driver-major]")).contains("MariaDB Connector/J 3.x rejects jdbc:mysql://");
    }

    @Test
    void twoConnectorsWarn() throws IOException {
        Files.copy(CONNECTOR, lib.resolve("mysql-connector-java.jar"));
        Run r = run("--target", "4.22.0.0");
        assertThat(r.rc).isZero();
        assertThat(r.line("WARN [jdbc-driver]")).contains("is in 2 jars").contains("unpredictable order");
    }

    @Test
    void driverIsLookedForInDriverDirWhileDiskIsMeasuredOnTheLibDir() throws IOException {
        Path newDrivers = Files.createDirectories(tmp.resolve("new-package/lib"));
        Files.move(lib.resolve("mysql-connector-j-8.4.0.jar"), newDrivers.resolve("mysql-connector-j-8.4.0.jar"));
        Run r = run("--target", "4.22.0.0", "--only", "jdbc-driver,disk", "--driver-dir", newDrivers.toString());
        assertThat(r.line("OK [jdbc-driver]")).contains("from mysql-connector-j-8.4.0.jar loads");
        assertThat(r.lines("OK [disk]")).as(r.out).anySatisfy(l -> assertThat(l).contains("free on the file system of " + lib));
        assertThat(r.out).doesNotContain(newDrivers + ";").doesNotContain("file system of " + newDrivers);
        StringWriter absent = new StringWriter();
        UpgradeCheck.execute(new String[] {"--conf-dir", conf.toString(), "--only", "disk", "--lib-dir", tmp.resolve("no/such/lib").toString()},
                new PrintWriter(absent), new PrintWriter(OutputStream.nullOutputStream()));
        assertThat(absent.toString()).contains("OK [disk]").contains("file system of " + tmp + "\n").doesNotContain("no/such");
    }

    @Test
    void corruptJarIsNamed() throws IOException {
        Files.writeString(lib.resolve("broken.jar"), "not a zip");
        Run r = run("--only", "jdbc-driver");
        assertThat(r.line("WARN [jdbc-driver]")).contains("broken.jar");
        assertThat(r.line("OK [jdbc-driver]")).contains("loads and accepts");
    }

    @Test
    void wrongKeyFailsBothDecryptionAndConnection() throws IOException {
        writeKey("not-the-key");
        Run r = run();
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [db-properties]")).startsWith("FAIL [db-properties] db.cloud.password does not decrypt with the secret from "
                + conf.resolve("key") + " (tried V2 AES-GCM and V1 jasypt); the management server cannot read");
        assertThat(r.line("FAIL [db-connect]")).contains("db.cloud.password does not decrypt");
        assertThat(r.line("NOTICE [db-schema-version]")).contains("not checked: no database connection");
    }

    @Test
    void v1JasyptPasswordWorksWhateverEncryptorVersionSays() throws Exception {
        writeProps("V1", KEY, "file", "");
        Run ok = run();
        assertThat(ok.rc).as(ok.out).isZero();
        assertThat(ok.line("OK [db-properties]")).contains("db.cloud.password (V1)");
        assertThat(ok.line("OK [db-connect]")).isNotEmpty();
        // EncryptionSecretKeyChecker builds its decryptor without a version: V2, then V1, whatever the key says
        writeProps("V1", KEY, "file", "db.cloud.encryptor.version=V2");
        Run pinned = run();
        assertThat(pinned.rc).as(pinned.out).isZero();
        assertThat(pinned.line("OK [db-properties]")).contains("db.cloud.password (V1)");
        writeProps("V2", KEY, "file", "db.cloud.encryptor.version=V3");
        Run v3 = run();
        assertThat(v3.rc).as(v3.out).isZero();
        assertThat(v3.line("WARN [db-properties]")).contains("db.cloud.encryptor.version='V3' is not V1 or V2");
        assertThat(v3.line("OK [db-connect]")).isNotEmpty();
    }

    /** Replaces (or with null removes) one db.properties entry, written as is. */
    void setProp(String key, String value) throws IOException {
        Path f = conf.resolve("db.properties");
        String props = Files.readString(f).replaceAll("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*\n", "");
        Files.writeString(f, props + (value == null ? "" : key + "=" + value + "\n"));
    }

    @Test
    void valuesAreReadAsCloudStackReadsThemWithoutTrimming() throws Exception {
        writeProps("none", KEY, "none", "");
        setProp("db.cloud.password", db.password.replace("\\", "\\\\") + " ");
        assertThat(run("--only", "db-connect").line("FAIL [db-connect]")).contains("Access denied");
        writeProps("V2", KEY, "file", "");
        String enc = new java.util.Properties() {
            {
                load(Files.newBufferedReader(conf.resolve("db.properties")));
            }
        }.getProperty("db.cloud.password");
        for (String broken : List.of(enc + " ", enc.substring(0, enc.length() - 1))) {
            setProp("db.cloud.password", broken);
            assertThat(run("--only", "db-properties").line("FAIL [db-properties]"))
                    .contains("db.cloud.password starts with ENC( but does not end with ')'");
        }
        writeProps("V2", KEY, "file", "");
        for (String type : List.of("FILE", "file ", "")) {
            setProp("db.cloud.encryption.type", type);
            Run r = run("--only", "db-properties");
            assertThat(r.rc).as(type).isEqualTo(1);
            assertThat(r.line("FAIL [db-properties]")).contains("db.cloud.encryption.type='" + type + "' is not none, file, env or web");
        }
        writeProps("V2", KEY, "none", "");
        assertThat(run("--only", "db-properties").line("FAIL [db-properties]")).isEqualTo("FAIL [db-properties] db.cloud.password"
                + " are ENC(...) but db.cloud.encryption.type is none; CloudStack uses them as written, ENC( included, and cannot"
                + " log in; set db.cloud.encryption.type=file (or env or web, whichever the values were encrypted for)");
    }

    @Test
    void keysCloudStackCannotDoWithoutFailAndStopTheConnection() throws Exception {
        for (String key : List.of("db.cloud.port", "db.cloud.driver", "db.cloud.username", "db.cloud.host")) {
            writeProps("V2", KEY, "file", "");
            setProp(key, null);
            Run r = run("--only", "db-properties,db-connect");
            assertThat(r.rc).as(key).isEqualTo(1);
            assertThat(r.line("FAIL [db-properties]")).contains("db.properties has no " + key + " entry");
            assertThat(r.line("FAIL [db-connect]")).contains("not connecting: db.properties has no " + key + " entry");
        }
        writeProps("V2", KEY, "file", "");
        setProp("db.cloud.port", "99999");
        Run port = run("--only", "db-properties,db-connect");
        assertThat(port.line("FAIL [db-properties]")).contains("db.cloud.port=99999 is not a TCP port (1-65535)");
        assertThat(port.line("FAIL [db-connect]")).contains("not connecting");
    }

    @Test
    void uriIsUsedAsCloudStackUsesIt() throws Exception {
        writeProps("V2", KEY, "file", "");
        setProp("db.cloud.uri", "jdbc:mysql:loadbalance://" + db.host + ":" + db.port + "/" + db.name + "?serverTimezone=UTC");
        Run lb = run("--only", "db-properties,jdbc-driver,db-connect");
        assertThat(lb.rc).as(lb.out).isZero();
        assertThat(lb.line("OK [db-connect]")).contains("(database " + db.name + ")");
        setProp("db.cloud.uri", db.host + ":" + db.port + "/" + db.name);
        assertThat(run("--only", "db-properties").line("FAIL [db-properties]")).contains("is not jdbc:<driver>://host:port/database");
        setProp("db.cloud.uri", "jdbc:mysql://" + db.host + ":" + db.port + "/information_schema");
        assertThat(run("--only", "db-connect").line("OK [db-connect]")).contains("(database information_schema)");
        setProp("db.cloud.uri", "jdbc:mysql:srv://cloud.example/" + db.name);
        Run srv = run("--only", "db-connect");
        assertThat(srv.rc).isZero();
        assertThat(srv.line("WARN [db-connect]")).contains("not checked: db.cloud.uri uses the jdbc:mysql:srv: form");
    }

    @Test
    void mariadbSchemeIsOneDriverLoaderKnows() throws Exception {
        writeProps("V2", KEY, "file", "");
        setProp("db.cloud.driver", "jdbc:mariadb");
        Files.copy(MARIADB3, lib.resolve("mariadb-java-client-3.5.1.jar"));
        Run r = run("--target", "4.22.0.0", "--only", "jdbc-driver");
        assertThat(r.rc).as(r.out).isZero();
        assertThat(r.line("OK [jdbc-driver]")).contains("org.mariadb.jdbc.Driver 3.5 from mariadb-java-client-3.5.1.jar loads and accepts jdbc:mariadb://");
    }

    @Test
    void valuesEncryptedWithBothVersionsFail() throws Exception {
        writeProps("V2", KEY, "file", "");
        setProp("db.cloud.username", "ENC(" + CloudStackSecrets.encryptV1(db.user, KEY) + ")");
        Run r = run("--only", "db-properties,db-connect");
        assertThat(r.line("FAIL [db-properties]")).contains("the encrypted values use both V1 (db.cloud.username) and V2 (db.cloud.password)");
        // the user is shown decrypted, never as ciphertext
        assertThat(r.line("OK [db-connect]")).contains("as '" + db.user + "'");
    }


    @Test
    void missingKeyFileAndUnverifiableSecretsAreToldApart() throws Exception {
        Files.delete(conf.resolve("key"));
        Run missing = run("--only", "db-properties");
        assertThat(missing.rc).isEqualTo(1);
        assertThat(missing.line("FAIL [db-properties]")).contains("key file " + conf.resolve("key") + " does not exist");
        writeProps("V2", KEY, "web", "");
        Run web = run("--only", "db-properties");
        assertThat(web.rc).isZero();
        assertThat(web.line("WARN [db-properties]")).contains("cannot verify the encrypted values db.cloud.password")
                .contains("port 8097");
    }

    @Test
    void secretOutOfSightLeavesTheDatabaseUncheckedButDoesNotBlockTheUpgrade() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CLOUD_SECRET_KEY") == null);
        for (String type : List.of("web", "env")) {
            writeProps("V2", KEY, type, "");
            Run r = run("--target", "4.22.0.0");
            assertThat(r.rc).as(r.out).isZero();
            assertThat(r.lines("FAIL")).as(r.out).isEmpty();
            assertThat(r.line("WARN [db-connect]")).startsWith("WARN [db-connect] not checked: db.cloud.password is encrypted and"
                    + " db.cloud.encryption.type=" + type).contains("stopped on every other management server");
            assertThat(r.line("NOTICE [cluster]")).contains("not checked");
        }
        writeProps("V2", KEY, "web", "");
        assertThat(run().line("WARN [db-connect]")).doesNotContain("CLOUD_SECRET_KEY").contains("port 8097 as before");
        writeProps("V2", KEY, "env", "");
        assertThat(run().line("WARN [db-properties]")).contains("rerun as root with the management service's CLOUD_SECRET_KEY");
    }

    @Test
    void plainPasswordAndMissingFieldsAreNamed() throws Exception {
        writeProps("none", KEY, "none", "");
        Run plain = run("--only", "db-properties,db-connect");
        assertThat(plain.rc).as(plain.out).isZero();
        assertThat(plain.line("OK [db-properties]")).contains("no encrypted values");
        String props = Files.readString(conf.resolve("db.properties"));
        Files.writeString(conf.resolve("db.properties"), props.replaceAll("(?m)^db\\.cloud\\.host=.*$", "")
                .replaceAll("(?m)^db\\.cloud\\.port=.*$", "db.cloud.port=33o6"));
        Run bad = run("--only", "db-properties");
        assertThat(bad.rc).isEqualTo(1);
        assertThat(bad.lines("FAIL [db-properties]")).anySatisfy(l -> assertThat(l).contains("has no db.cloud.host entry"))
                .anySatisfy(l -> assertThat(l).contains("db.cloud.port='33o6' is not a port number"));
        Files.delete(conf.resolve("db.properties"));
        Run gone = run("--only", "db-properties");
        assertThat(gone.line("FAIL [db-properties]")).contains(conf.resolve("db.properties") + " does not exist");
    }

    @Test
    void unreachableDatabaseFails() throws Exception {
        writeProps("V2", KEY, "file", "");
        String props = Files.readString(conf.resolve("db.properties"));
        Files.writeString(conf.resolve("db.properties"), props.replaceAll("(?m)^db\\.cloud\\.port=.*$", "db.cloud.port=1"));
        Run r = run("--only", "db-connect", "--connect-timeout", "2");
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [db-connect]")).contains("cannot connect to " + db.host + ":1/" + db.name + " as '" + db.user + "'");
    }

    @Test
    void schemaDowngradeJumpAndPendingUpgrade() throws Exception {
        assertThat(run("--target", "4.19.0.0", "--only", "db-schema-version").line("FAIL [db-schema-version]"))
                .contains("schema is at 4.20.1.0 but the target is 4.19.0.0").contains("cannot downgrade");
        db.schemaVersions("4.12.0.0");
        assertThat(run("--installed-version", "4.12.0.0", "--target", "4.22.0.0", "--only", "db-schema-version")
                .line("FAIL [db-schema-version]")).contains("does not support a jump from before 4.14.0.0");
        db.schemaVersions("4.19.0.0");
        Run pending = run("--only", "db-schema-version");
        assertThat(pending.rc).isZero();
        assertThat(pending.line("WARN [db-schema-version]")).contains("schema is at 4.19.0.0 but cloudstack-management 4.20.1.0 is installed");
        db.schemaVersions("4.20.1.0");
        db.exec("INSERT INTO version (version, updated, step) VALUES ('4.22.0.0', NOW(), 'Upgrade')");
        Run unfinished = run("--target", "4.22.0.0", "--only", "db-schema-version");
        assertThat(unfinished.rc).as(unfinished.out).isZero();
        assertThat(unfinished.line("WARN [db-schema-version]")).contains("upgrade of the schema 4.20.1.0 to 4.22.0.0 started but did not complete");
        assertThat(unfinished.line("OK [db-schema-version]")).contains("database schema 4.20.1.0, target 4.22.0.0");
        db.exec("DELETE FROM version WHERE step = 'Complete'");
        assertThat(run("--only", "db-schema-version").line("FAIL [db-schema-version]"))
                .contains("has no row with step Complete (newest: 4.22.0.0, step Upgrade)");
        db.schemaVersions("4.20.1.0");
        db.exec("INSERT INTO version (version, updated, step) VALUES ('4.20.1.0''; DROP TABLE x; --', NOW(), 'Complete')");
        assertThat(run("--only", "db-schema-version").line("FAIL [db-schema-version]")).isEqualTo("FAIL [db-schema-version] the"
                + " newest Complete row of CloudStack's version table: '4.20.1.0'; DROP TABLE x; --' is not a CloudStack version (expected"
                + " digits and dots, at least major.minor, e.g. 4.22.0.0); the server cannot plan its schema upgrade; restore the"
                + " database from backup");
        db.exec("DROP TABLE version");
        try {
            assertThat(run("--only", "db-schema-version").line("FAIL [db-schema-version]")).contains("has no CloudStack version table");
        } finally {
            db.exec("CREATE TABLE version (id BIGINT AUTO_INCREMENT PRIMARY KEY, version CHAR(40) NOT NULL,"
                    + " updated DATETIME NOT NULL, step ENUM('Upgrade','Complete') NOT NULL)");
        }
    }

    @Test
    void targetOutsideThePluginRangeAndPackageDowngrade() {
        Run r = run("--target", "4.23.0.0", "--only", "cs-version");
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [cs-version]")).isEqualTo("FAIL [cs-version] cloudstack-management would be upgraded 4.20.1.0 -> 4.23.0.0"
                + " but cloudstack-netboot6 " + BuildInfo.VERSION + " supports >= 4.20.0.0 and < 4.23; the plugin jar would load"
                + " into a CloudStack it was not built for; install a cloudstack-netboot6 that supports 4.23.0.0 in the same apt"
                + " command, or hold cloudstack-management (apt-mark hold cloudstack-management)");
        assertThat(run("--target", "4.20.0.0", "--only", "cs-version").line("FAIL [cs-version]")).contains("would be downgraded");
    }

    @Test
    void otherLiveManagementServerFailsAndStaleOneWarns() throws Exception {
        db.exec("INSERT INTO mshost (msid, name, service_ip, state, last_update) VALUES (1, 'this-ms', '2001:db8::1', 'Up', UTC_TIMESTAMP())",
                "INSERT INTO mshost (msid, name, service_ip, state, last_update) VALUES (2, 'ms2', '2001:db8::2', 'Up', UTC_TIMESTAMP())",
                "INSERT INTO mshost (msid, name, service_ip, state, last_update) VALUES (3, 'ms3', '2001:db8::3', 'Up', UTC_TIMESTAMP() - INTERVAL 1 DAY)",
                "INSERT INTO mshost (msid, name, service_ip, state, last_update) VALUES (4, 'ms4', '2001:db8::4', 'Down', UTC_TIMESTAMP())");
        Run r = run("--only", "cluster");
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [cluster]")).contains("1 other management server(s) are Up").contains("ms2 (2001:db8::2)")
                .doesNotContain("this-ms").doesNotContain("ms4");
        assertThat(r.line("WARN [cluster]")).contains("ms3 (2001:db8::3)");
    }

    @Test
    void serverMarkedUpWithoutAnyHeartbeatIsSilentNotLive() throws Exception {
        db.exec("INSERT INTO mshost (msid, name, service_ip, state, last_update) VALUES (5, 'ms5', '2001:db8::5', 'Up', NULL)");
        Run r = run("--only", "cluster");
        assertThat(r.rc).as(r.out).isZero();
        assertThat(r.line("WARN [cluster]")).contains("marked Up but silent: ms5 (2001:db8::5)");
    }

    @Test
    void netboot6MigrationsPendingFailedAndNewerThanThePlugin() throws Exception {
        Path jar = tmp.resolve("plugin.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String v : List.of("V1__init.sql", "V2__hosts.class", "V2__hosts$Step.class", "V1_1__index.sql")) {
                z.putNextEntry(new ZipEntry("org/netboot6/db/migration/" + v));
                z.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        assertThat(run("--only", "netboot6-migrations", "--plugin-jar", jar.toString()).line("NOTICE [netboot6-migrations]"))
                .contains("no netboot6 schema yet").contains("3 migration(s)");
        db.exec("CREATE TABLE netboot6_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), description VARCHAR(200),"
                        + " type VARCHAR(20), script VARCHAR(1000), checksum INT, installed_by VARCHAR(100),"
                        + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP, execution_time INT, success BOOL)",
                "INSERT INTO netboot6_schema_history (installed_rank, version, description, success) VALUES (1, '1', 'init', 1)");
        try {
            Run pending = run("--only", "netboot6-migrations", "--plugin-jar", jar.toString());
            assertThat(pending.rc).isZero();
            assertThat(pending.line("NOTICE [netboot6-migrations]")).contains("2 netboot6 migration(s) pending (1.1, 2)");
            db.exec("INSERT INTO netboot6_schema_history (installed_rank, version, description, success) VALUES (2, '1.1', 'index', 0)");
            assertThat(run("--only", "netboot6-migrations", "--plugin-jar", jar.toString()).line("FAIL [netboot6-migrations]"))
                    .contains("migration 1.1 (index) failed earlier");
            db.exec("DELETE FROM netboot6_schema_history WHERE installed_rank = 2",
                    "INSERT INTO netboot6_schema_history (installed_rank, version, description, success) VALUES (3, '3', 'future', 1)");
            Run newer = run("--only", "netboot6-migrations", "--plugin-jar", jar.toString());
            assertThat(newer.rc).isEqualTo(1);
            assertThat(newer.lines("FAIL [netboot6-migrations]")).anySatisfy(l -> assertThat(l).contains("migration(s) 3 that this plugin does not carry"))
                    .anySatisfy(l -> assertThat(l).contains("1.1, 2 are older than the applied 3"));
        } finally {
            db.exec("DROP TABLE netboot6_schema_history");
        }
    }

    @Test
    void historyThePluginItselfLeavesOnCloudStacksNonEmptyDatabaseIsCurrent() throws Exception {
        java.util.Set<String> cloudStacks = db.tables();
        try {
            // baselineOnMigrate on a non-empty database writes a version-0 BASELINE row below the real migrations
            new org.netboot6.store.SchemaMigrator(db.adminDataSource()).migrate();
            Run r = run("--only", "netboot6-migrations", "--plugin-jar", PluginJar.in(tmp).toString());
            assertThat(r.rc).as(r.out).isZero();
            // OK when the jar is the one just migrated; a NOTICE "pending" when a newer plugin was installed meanwhile
            assertThat(r.lines("FAIL")).isEmpty();
            assertThat(r.lines("OK [netboot6-migrations] netboot6 schema is current at")
                    .size() + r.lines("NOTICE [netboot6-migrations]").size()).as(r.out).isEqualTo(1);
        } finally {
            db.dropTablesExcept(cloudStacks);
        }
    }

    @Test
    void dataAPendingMigrationWouldStopAtFailsBeforeTheUpgrade() throws Exception {
        java.util.Set<String> cloudStacks = db.tables();
        try {
            // schema 5, as a plugin release before unique keys left it, with two live networks named alike
            org.flywaydb.core.Flyway.configure().dataSource(db.adminDataSource())
                    .table(org.netboot6.preflight.checks.Netboot6MigrationsCheck.TABLE).locations(org.netboot6.store.SchemaMigrator.LOCATION)
                    .baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
            try (java.sql.Connection c = db.adminDataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
                for (String prefix : List.of("2001:db8:0:1::/64", "2001:db8:0:2::/64")) {
                    st.execute("INSERT INTO netboot6_network (uuid, name, interface_name, prefix, router, boot_server, "
                            + "boot_port, tftp_server, dns_servers, search_domains, pool_start, pool_end, created) VALUES "
                            + "(UUID(), 'rack1', 'br0', '" + prefix + "', 'fe80::1', '2001:db8::2', 8281, '2001:db8::2', "
                            + "'', '', '2001:db8::1000', '2001:db8::1fff', NOW(3))");
                }
            }
            Run r = run("--only", "netboot6-migrations", "--plugin-jar", PluginJar.in(tmp).toString());
            assertThat(r.rc).as(r.out).isEqualTo(1);
            assertThat(r.line("FAIL [netboot6-migrations]")).isEqualTo("FAIL [netboot6-migrations] netboot6 migration 6 "
                    + "cannot be applied to this data: boot networks with the name 'rack1' (2 live rows); the management "
                    + "server with the new plugin stops at that migration and does not start; rename or remove all but "
                    + "one of each with the netboot6 API before upgrading");

            try (java.sql.Connection c = db.adminDataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("UPDATE netboot6_network SET name = 'rack2' WHERE prefix = '2001:db8:0:2::/64'");
            }
            Run fixed = run("--only", "netboot6-migrations", "--plugin-jar", PluginJar.in(tmp).toString());
            assertThat(fixed.rc).as(fixed.out).isZero();
            assertThat(fixed.line("NOTICE [netboot6-migrations]")).contains("pending (6, 7)");
        } finally {
            db.dropTablesExcept(cloudStacks);
        }
    }

    @Test
    void javaTooOldForTheTargetFails() throws IOException {
        // stands in for a Java 11 runtime: prints what `java -XshowSettings:properties -version` prints there
        Path fake = tmp.resolve("java11");
        Files.writeString(fake, "#!/bin/sh\necho 'Property settings:' >&2\necho '    java.home = /usr/lib/jvm/java-11-openjdk-amd64' >&2\n"
                + "echo '    java.specification.version = 11' >&2\necho 'openjdk version \"11.0.25\"' >&2\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run r = run("--target", "4.22.0.0", "--only", "java", "--java", fake.toString());
        assertThat(r.rc).isEqualTo(1);
        assertThat(r.line("FAIL [java]")).isEqualTo("FAIL [java] " + fake + " is 11 (/usr/lib/jvm/java-11-openjdk-amd64) but CloudStack"
                + " 4.22.0.0 needs Java 17; the management server will not start after the upgrade; install"
                + " openjdk-17-jre-headless and select it: update-alternatives --config java");
        Run missing = run("--only", "java", "--java", tmp.resolve("nope").toString());
        assertThat(missing.line("FAIL [java]")).contains("does not exist or is not executable");
        Path hangs = tmp.resolve("java-hangs");
        Files.writeString(hangs, "#!/bin/sh\nexec sleep 600\n");
        Files.setPosixFilePermissions(hangs, PosixFilePermissions.fromString("rwxr-xr-x"));
        long start = System.nanoTime();
        Run hung = run("--only", "java", "--java", hangs.toString());
        assertThat(hung.line("FAIL [java]")).contains("-version did not answer within 20 s");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(40);
    }

    @Test
    void brokenInputsAreFindingsNotCrashes() throws Exception {
        Files.delete(lib.resolve("mysql-connector-j-8.4.0.jar"));
        DriverScanTest.fakeConnector(tmp, lib, "", "throw new IllegalStateException(\"bad url parser\");");
        Run driver = run("--only", "jdbc-driver");
        assertThat(driver.line("FAIL [jdbc-driver]")).contains("fails on jdbc:mysql://").contains("bad url parser")
                .doesNotContain("could not run");
        Path corrupt = tmp.resolve("plugin.jar");
        Files.writeString(corrupt, "not a zip");
        assertThat(run("--only", "netboot6-migrations", "--plugin-jar", corrupt.toString()).line("FAIL [netboot6-migrations]"))
                .contains("cannot read the plugin's migrations").contains("reinstall cloudstack-netboot6");
        db.exec("CREATE TABLE netboot6_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), description VARCHAR(200),"
                + " type VARCHAR(20), success BOOL)",
                "INSERT INTO netboot6_schema_history VALUES (1, 'x.y', 'odd', 'SQL', 1)");
        try {
            Run history = run("--only", "netboot6-migrations", "--plugin-jar", PluginJar.in(tmp).toString());
            assertThat(history.line("FAIL [netboot6-migrations]")).contains("version 'x.y' (odd), which is not a Flyway version");
        } finally {
            db.exec("DROP TABLE netboot6_schema_history");
        }
        assertThat(run().out).doesNotContain("could not run");
    }

    @Test
    void noCloudStackMeansNothingToCheckButAMistypedConfDirIsAUsageError() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/etc/cloudstack/management")));
        StringWriter out = new StringWriter();
        int rc = UpgradeCheck.execute(new String[] {"--target", "4.22.0.0"},
                new PrintWriter(out), new PrintWriter(OutputStream.nullOutputStream()));
        assertThat(rc).isZero();
        assertThat(out.toString()).contains("NOTICE [not-applicable] no configured CloudStack management server on this host")
                .contains("nothing to check");
        StringWriter err = new StringWriter();
        rc = UpgradeCheck.execute(new String[] {"--conf-dir", tmp.resolve("etc/cloudstack/managment").toString()},
                new PrintWriter(OutputStream.nullOutputStream()), new PrintWriter(err));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--conf-dir'").contains("is not a directory");
    }

    @Test
    void usageErrorsExit2AndNameTheField() {
        for (String notAVersion : List.of("4.22.x", "4.22.", "4.2x", "0x10", "4..22", "4")) {
            Run r = run("--target", notAVersion);
            assertThat(r.rc).as(notAVersion).isEqualTo(2);
            assertThat(r.err).contains("Invalid value for option '--target'");
        }
        Run bad = run("--target", "latest");
        assertThat(bad.rc).isEqualTo(2);
        assertThat(bad.err).contains("Invalid value for option '--target'").contains("'latest' is not a CloudStack version");
        Run only = run("--only", "jdbc-drivr");
        assertThat(only.rc).isEqualTo(2);
        assertThat(only.err).contains("Invalid value for option '--only': unknown check id 'jdbc-drivr'");
        assertThat(run("--frobnicate").rc).isEqualTo(2);
        StringWriter err = new StringWriter();
        assertThat(UpgradeCheck.execute(new String[] {"--conf-dir", conf.toString(), "--hostname="},
                new PrintWriter(OutputStream.nullOutputStream()), new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--hostname': empty host name");
        for (String[] wrong : List.of(new String[] {"--java="}, new String[] {"--java", tmp.toString()})) {
            Run r = run(wrong);
            assertThat(r.rc).as(String.join(" ", wrong)).isEqualTo(2);
            assertThat(r.err).contains("Invalid value for option '" + wrong[0].replace("=", "") + "'");
        }
        Run timeout = run("--connect-timeout", "0");
        assertThat(timeout.rc).isEqualTo(2);
        assertThat(timeout.err).contains("'--connect-timeout'");
    }

    @Test
    void jsonReportParsesAndCountsMatch() throws Exception {
        Files.delete(lib.resolve("mysql-connector-j-8.4.0.jar"));
        Run r = run("--target", "4.22.0.0", "--json");
        assertThat(r.rc).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertThat(j.get("targetVersion").asText()).isEqualTo("4.22.0.0");
        assertThat(j.get("installedVersion").asText()).isEqualTo("4.20.1.0");
        assertThat(j.get("errorCount").asInt()).isEqualTo(1);
        JsonNode driver = null;
        for (JsonNode c : j.get("checksPerformed")) {
            if (c.get("id").asText().equals("jdbc-driver")) {
                driver = c;
            }
        }
        assertThat(driver).isNotNull();
        assertThat(driver.get("status").asText()).isEqualTo("FAIL");
        assertThat(driver.get("title").asText()).isNotEmpty();
        JsonNode p = driver.get("detectedProblems").get(0);
        assertThat(p.get("level").asText()).isEqualTo("Error");
        assertThat(p.get("dbObject").asText()).isEqualTo(lib.toString());
        assertThat(p.get("description").asText()).contains("No suitable driver found for jdbc:mysql://");
        assertThat(j.get("checksPerformed")).hasSize(UpgradeCheck.allChecks().size());
    }

    @Test
    void jsonUsageErrorIsAJsonDocumentOnStdout() throws Exception {
        Run r = run("--json", "--target", "4.22.x");
        assertThat(r.rc).isEqualTo(2);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertThat(j.get("usageError").asText()).contains("Invalid value for option '--target'");
        assertThat(j.get("checksPerformed")).isEmpty();
        assertThat(r.err).contains("Invalid value for option '--target'");
        Run only = run("--json", "--only", "nope");
        assertThat(only.rc).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(only.out).get("usageError").asText()).contains("unknown check id 'nope'");
    }
}
