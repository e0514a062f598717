package org.netboot6.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The built .deb: lintian-clean, the Depends the notes call for, a version the release supersedes. */
class DebPackageIT {
    static final Path DEB = Path.of(System.getProperty("netboot6.deb"));
    static final String VERSION = System.getProperty("netboot6.deb.version");

    @Test
    void lintianReportsNoErrorsOrWarnings() {
        assertThat(DEB).exists();
        // -I and --pedantic show info and pedantic tags too; any tag at all fails this test
        Sh.Result r = Sh.run(java.util.Map.of(), java.util.List.of("lintian", "--fail-on", "error,warning", "-I", "--pedantic", DEB.toString()));
        String tags = r.out.replaceAll("(?m)^running with root privileges is not recommended!\\s*$", "").trim();
        assertThat(tags).as(r.toString()).isEmpty();
        assertThat(r.rc).as(r.toString()).isZero();
    }

    @Test
    void controlFieldsAndConffiles() {
        String f = Sh.sh("dpkg-deb -f '" + DEB + "' Package Version Architecture Section Depends").ok().out;
        assertThat(f).contains("Package: cloudstack-netboot6\n").contains("Version: " + VERSION + "\n")
                .contains("Architecture: all\n").contains("Section: java\n")
                .contains("Depends: cloudstack-management (>= " + System.getProperty("netboot6.cloudstack.min") + "~), cloudstack-management (<< "
                        + System.getProperty("netboot6.cloudstack.below") + "~), default-jre-headless (>= 2:1.17) | java17-runtime-headless,"
                        + " libmariadb-java (>= 2.7.4)\n");
        assertThat(Sh.sh("dpkg-deb --ctrl-tarfile '" + DEB + "' | tar -xO ./conffiles").ok().out)
                .isEqualTo("/etc/apt/apt.conf.d/50cloudstack-netboot6-upgrade-check\n/etc/default/cloudstack-netboot6\n");
        String files = Sh.sh("dpkg-deb -c '" + DEB + "'").ok().out;
        assertThat(files).containsPattern("-rw-r--r-- root/root .* \\./usr/share/cloudstack-management/lib/cloudstack-netboot6-plugin\\.jar\n")
                .containsPattern("-rwxr-xr-x root/root .* \\./usr/bin/cloudstack-netboot6-upgrade-check\n")
                .containsPattern("-rwxr-xr-x root/root .* \\./usr/lib/cloudstack-netboot6/apt-hook\n")
                .contains("./usr/share/cloudstack-netboot6/lib/netboot6-db-upgrade.jar")
                .doesNotContain("mysql-connector").doesNotContain("mariadb-java-client");
    }

    @Test
    void snapshotVersionSortsBelowTheRelease() {
        String release = System.getProperty("netboot6.release.version").replace("-SNAPSHOT", "");
        if (System.getProperty("netboot6.release.version").endsWith("-SNAPSHOT")) {
            assertThat(VERSION).startsWith(release + "~");
            assertThat(Sh.sh("dpkg --compare-versions '" + VERSION + "' lt '" + release + "'").rc).isZero();
        } else {
            assertThat(VERSION).isEqualTo(release);
        }
        assertThat(Files.exists(DEB)).isTrue();
        assertThat(DEB.getFileName().toString()).isEqualTo("cloudstack-netboot6_" + VERSION + "_all.deb");
    }
}
