package org.netboot6.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.netboot6.preflight.CloudStackSecretsTest;
import org.netboot6.preflight.TestDb;

/**
 * Install, upgrade, remove and purge of cloudstack-netboot6 in a throwaway Debian 12 root with real dpkg and
 * apt, next to a test-built stand-in cloudstack-management whose lib dir has, or lacks, the MySQL connector.
 * The decisive part: apt-get install of a cloudstack-management without the connector is refused by the APT
 * hook with the FAIL line, and every package stays at its old version, configured.
 * The steps build on each other and run in order in one root.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChrootUpgradeIT {
    static final String A = "4.20.1.0";
    static final String B = "4.22.0.0";
    static final String C = "4.22.1.0";
    static final String OURS = System.getProperty("netboot6.deb.version");
    static final String OURS_NEXT = OURS + "+1";
    static final String KEY = "chroot-management-key";

    static Path work;
    static Path root;
    static Path repo;
    static TestDb db;

    @BeforeAll
    static void throwawayRoot() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("netboot6.chroot.skip"),
                "chroot tests disabled with -Dnetboot6.chroot.skip=true");
        String uid = Sh.sh("id -u").ok().out.trim();
        assertThat(uid).as("the chroot tests need root (debootstrap, chroot, dpkg); run as root or pass"
                + " -Dnetboot6.chroot.skip=true to leave them out").isEqualTo("0");
        work = Path.of(System.getProperty("netboot6.work"));
        root = work.resolve("root");
        unmountAndDelete();
        Files.createDirectories(root);
        String tarball = Sh.sh("'" + System.getProperty("netboot6.chroot.base.script") + "' '"
                + System.getProperty("netboot6.chroot.cache") + "'").ok().out.trim();
        tarball = tarball.substring(tarball.lastIndexOf('\n') + 1);
        Sh.sh("tar -xzf '" + tarball + "' -C '" + root + "' && mount -t proc proc '" + root + "/proc'").ok();
        repo = Files.createDirectories(root.resolve("srv/netboot6-repo"));
        Files.writeString(root.resolve("etc/apt/sources.list"), "deb [trusted=yes] file:/srv/netboot6-repo ./\n");
        Sh.sh("rm -f '" + root + "'/etc/apt/sources.list.d/*").ok();
        Files.writeString(root.resolve("etc/apt/apt.conf.d/99netboot6-test"),
                "Acquire::Languages \"none\";\nAPT::Install-Recommends \"false\";\nDpkg::Use-Pty \"0\";\n");
        db = new TestDb();
        db.schemaVersions("4.19.1.0", A);
        Files.createDirectories(work.resolve("debs"));
        standIn(A, true, "a");
        standIn(B, false, "b-without-connector");
        standIn(B, true, "b-with-connector");
        standIn(C, false, "c-without-connector");
        dummy();
        ownNextVersion();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (db != null) {
            db.close();
        }
        if (root != null && System.getenv("NETBOOT6_KEEP_CHROOT") == null) {
            unmountAndDelete();
        }
    }

    static void unmountAndDelete() {
        Sh.sh("if mountpoint -q '" + root + "/proc'; then umount '" + root + "/proc'; fi; rm -rf '" + root + "'").ok();
    }

    /** A stand-in cloudstack-management: its lib dir with a server jar and, or not, mysql-connector-j. */
    static void standIn(String version, boolean connector, String tag) throws IOException {
        Path dir = work.resolve("standin-" + tag);
        Sh.sh("rm -rf '" + dir + "'").ok();
        Path lib = Files.createDirectories(dir.resolve("usr/share/cloudstack-management/lib"));
        Files.createDirectories(dir.resolve("etc/cloudstack/management"));
        Files.createDirectories(dir.resolve("DEBIAN"));
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(lib.resolve("cloudstack-" + version + ".jar")), mf)) {
            j.flush();
        }
        if (connector) {
            Files.copy(Path.of(System.getProperty("netboot6.connector")), lib.resolve("mysql-connector-j-8.4.0.jar"));
        }
        Files.writeString(dir.resolve("DEBIAN/control"), String.join("\n",
                "Package: cloudstack-management", "Version: " + version, "Architecture: all",
                "Maintainer: netboot6 tests <tests@netboot6.org>", "Section: admin", "Priority: optional",
                "Description: test stand-in for CloudStack's management server",
                " Only a lib dir " + (connector ? "with" : "WITHOUT") + " mysql-connector-j.", ""));
        Sh.sh("dpkg-deb --root-owner-group -Zgzip --build '" + dir + "' '" + work.resolve("debs/cloudstack-management_" + tag + ".deb") + "'").ok();
    }

    static void dummy() throws IOException {
        Path dir = work.resolve("dummy");
        Sh.sh("rm -rf '" + dir + "'").ok();
        Files.createDirectories(dir.resolve("DEBIAN"));
        Files.writeString(dir.resolve("DEBIAN/control"), "Package: nb6-dummy\nVersion: 1.0\nArchitecture: all\n"
                + "Maintainer: netboot6 tests <tests@netboot6.org>\nDescription: unrelated package\n apt must still work.\n");
        Sh.sh("dpkg-deb --root-owner-group --build '" + dir + "' '" + work.resolve("debs/nb6-dummy.deb") + "'").ok();
    }

    /** The same package at a higher version, to test an upgrade of our own package. */
    static void ownNextVersion() {
        Path dir = work.resolve("ours-next");
        Sh.sh("rm -rf '" + dir + "' && dpkg-deb -R '" + System.getProperty("netboot6.deb") + "' '" + dir + "'"
                + " && sed -i 's/^Version: .*/Version: " + OURS_NEXT + "/' '" + dir + "/DEBIAN/control'"
                + " && dpkg-deb --root-owner-group --build '" + dir + "' '" + work.resolve("debs/cloudstack-netboot6_next.deb") + "'").ok();
    }

    /** Publishes exactly these .debs as the chroot's only apt source and refreshes apt's lists. */
    static void publish(String... debs) {
        StringBuilder cp = new StringBuilder("rm -f '" + repo + "'/*.deb");
        for (String d : debs) {
            String src = d.equals("ours") ? System.getProperty("netboot6.deb") : work.resolve("debs/" + d + ".deb").toString();
            cp.append(" && cp '").append(src).append("' '").append(repo).append("/").append(d).append(".deb'");
        }
        cp.append(" && cd '").append(repo).append("' && dpkg-scanpackages -m . /dev/null > Packages 2>/dev/null");
        Sh.sh(cp.toString()).ok();
        Sh.chroot(root, "apt-get clean && apt-get update -q").ok();
    }

    static String status(String pkg) {
        return Sh.chroot(root, "dpkg-query -W -f='${db:Status-Abbrev}${Version}' " + pkg + " 2>&1 || true").out.trim();
    }

    static void writeDbProperties() throws Exception {
        Path conf = root.resolve("etc/cloudstack/management");
        Files.writeString(conf.resolve("key"), KEY + "\n");
        Files.writeString(conf.resolve("db.properties"), String.join("\n",
                "db.cloud.username=" + db.user,
                "db.cloud.password=ENC(" + CloudStackSecretsTest.encryptV2WithTink(db.password, KEY) + ")",
                "db.cloud.host=" + db.host, "db.cloud.port=" + db.port, "db.cloud.name=" + db.name,
                "db.cloud.driver=jdbc:mysql", "db.cloud.url.params=serverTimezone=UTC",
                "db.cloud.encryption.type=file", "db.cloud.encryptor.version=V2", ""), StandardCharsets.ISO_8859_1);
    }

    String failLine() {
        return "FAIL [jdbc-driver] no jar in /usr/share/cloudstack-management/lib contains com.mysql.cj.jdbc.Driver, the driver"
                + " CloudStack %s loads for jdbc:mysql; the management server will stop with \"No suitable driver found for"
                + " jdbc:mysql://" + db.host + ":" + db.port + "/" + db.name + "\"";
    }

    @Test
    @Order(1)
    void installOnCloudStackA() throws Exception {
        publish("cloudstack-management_a", "ours", "nb6-dummy");
        Sh.chroot(root, "apt-get install -y cloudstack-management=" + A).ok();
        writeDbProperties();
        Sh.Result r = Sh.chroot(root, "apt-get install -y cloudstack-netboot6").ok();
        assertThat(r.out).contains("restart the management server to load the plugin");
        assertThat(status("cloudstack-management")).isEqualTo("ii " + A);
        assertThat(status("cloudstack-netboot6")).isEqualTo("ii " + OURS);
        assertThat(status("libmariadb-java")).startsWith("ii ");
        assertThat(root.resolve("usr/share/cloudstack-management/lib/cloudstack-netboot6-plugin.jar")).exists();
        assertThat(Sh.chroot(root, "apt-config dump").ok().out).contains("/usr/lib/cloudstack-netboot6/apt-hook");
        // the full check, run as installed: Debian's libmariadb-java against the real database
        Sh.Result check = Sh.chroot(root, "cloudstack-netboot6-upgrade-check --target " + B);
        assertThat(check.rc).as(check.toString()).isZero();
        assertThat(check.out).contains("OK [db-properties] all encrypted values decrypt: db.cloud.password (V2)")
                .contains("OK [db-connect] connected to " + db.host + ":" + db.port + "/" + db.name)
                .contains("OK [jdbc-driver] com.mysql.cj.jdbc.Driver 8.4 from mysql-connector-j-8.4.0.jar")
                .contains("OK [java] default java is 17");
    }

    @Test
    @Order(2)
    void upgradeToBWithoutConnectorIsRefusedAndNothingChanges() {
        publish("cloudstack-management_a", "cloudstack-management_b-without-connector", "ours", "nb6-dummy");
        Sh.Result r = Sh.chroot(root, "apt-get install -y cloudstack-management");
        assertThat(r.rc).as(r.toString()).isEqualTo(100);
        assertThat(r.out).as(r.toString()).contains("(cloudstack-management " + A + " -> " + B + ", cloudstack-netboot6 unchanged)")
                .contains(String.format(failLine(), B))
                .contains("apt stops here and nothing has been changed");
        assertThat(status("cloudstack-management")).isEqualTo("ii " + A);
        assertThat(status("cloudstack-netboot6")).isEqualTo("ii " + OURS);
        assertThat(root.resolve("usr/share/cloudstack-management/lib/mysql-connector-j-8.4.0.jar")).exists();
        assertThat(root.resolve("usr/share/cloudstack-management/lib/cloudstack-" + A + ".jar")).exists();
        assertThat(Sh.chroot(root, "dpkg --audit").ok().out).isEmpty();
    }

    @Test
    @Order(3)
    void sameUpgradeWithConnectorGoesThrough() {
        publish("cloudstack-management_a", "cloudstack-management_b-with-connector", "ours", "nb6-dummy");
        Sh.Result r = Sh.chroot(root, "apt-get install -y cloudstack-management");
        assertThat(r.rc).as(r.toString()).isZero();
        assertThat(r.out).contains("OK [jdbc-driver] com.mysql.cj.jdbc.Driver 8.4 from mysql-connector-j-8.4.0.jar")
                .doesNotContain("FAIL [");
        assertThat(status("cloudstack-management")).isEqualTo("ii " + B);
        assertThat(status("cloudstack-netboot6")).isEqualTo("ii " + OURS);
    }

    @Test
    @Order(4)
    void upgradeOfOurOwnPackageRunsTheNewCheck() {
        publish("cloudstack-management_b-with-connector", "cloudstack-netboot6_next", "nb6-dummy");
        Sh.Result r = Sh.chroot(root, "apt-get install -y cloudstack-netboot6");
        assertThat(r.rc).as(r.toString()).isZero();
        assertThat(r.out).contains("(cloudstack-management unchanged, cloudstack-netboot6 -> " + OURS_NEXT + ")")
                .contains("OK [cs-version] cloudstack-management " + B + " (installed, unchanged)").doesNotContain("deprecated");
        assertThat(status("cloudstack-netboot6")).isEqualTo("ii " + OURS_NEXT);
        assertThat(status("cloudstack-management")).isEqualTo("ii " + B);
    }

    @Test
    @Order(5)
    void overrideVariableLetsARefusedUpgradeThrough() {
        publish("cloudstack-management_b-with-connector", "cloudstack-management_c-without-connector", "cloudstack-netboot6_next", "nb6-dummy");
        Sh.Result refused = Sh.chroot(root, "apt-get install -y cloudstack-management");
        assertThat(refused.rc).as(refused.toString()).isEqualTo(100);
        assertThat(refused.out).contains(String.format(failLine(), C));
        assertThat(status("cloudstack-management")).isEqualTo("ii " + B);
        Sh.Result forced = Sh.chroot(root, "apt-get install -y cloudstack-management", "NETBOOT6_SKIP_UPGRADE_CHECK=1");
        assertThat(forced.rc).as(forced.toString()).isZero();
        assertThat(forced.out).contains("NETBOOT6_SKIP_UPGRADE_CHECK is set: NOT running the upgrade check");
        assertThat(status("cloudstack-management")).isEqualTo("ii " + C);
    }

    @Test
    @Order(6)
    void removeKeepsAptWorkingThenPurgeCleansUp() {
        Path conffile = root.resolve("etc/apt/apt.conf.d/50cloudstack-netboot6-upgrade-check");
        Sh.Result rm = Sh.chroot(root, "apt-get remove -y cloudstack-netboot6");
        assertThat(rm.rc).as(rm.toString()).isZero();
        assertThat(status("cloudstack-netboot6")).isEqualTo("rc " + OURS_NEXT);
        assertThat(conffile).exists();
        assertThat(root.resolve("usr/lib/cloudstack-netboot6/apt-hook")).doesNotExist();
        assertThat(root.resolve("usr/share/cloudstack-management/lib/cloudstack-netboot6-plugin.jar")).doesNotExist();
        // the kept conffile still names the hook: apt must go on working
        Sh.Result other = Sh.chroot(root, "apt-get install -y nb6-dummy");
        assertThat(other.rc).as(other.toString()).isZero();
        assertThat(status("nb6-dummy")).isEqualTo("ii 1.0");
        Sh.Result purge = Sh.chroot(root, "apt-get purge -y cloudstack-netboot6");
        assertThat(purge.rc).as(purge.toString()).isZero();
        assertThat(conffile).doesNotExist();
        assertThat(root.resolve("etc/default/cloudstack-netboot6")).doesNotExist();
        assertThat(status("cloudstack-netboot6")).doesNotStartWith("ii").doesNotStartWith("rc");
        assertThat(status("cloudstack-management")).isEqualTo("ii " + C);
        assertThat(Sh.chroot(root, "dpkg --audit").ok().out).isEmpty();
    }
}
