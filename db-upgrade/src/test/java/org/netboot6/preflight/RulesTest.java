package org.netboot6.preflight.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.Finding;
import org.netboot6.preflight.Severity;

/** Rules for server products and versions this machine cannot run (MySQL 8.x, old connectors, small disks). */
class RulesTest {
    static CsVersion v(String s) {
        return CsVersion.parse(s);
    }

    @Test
    void mysql8RejectsNoAutoCreateUserInCloudStacksSessionVariables() {
        String params = "sessionVariables=sql_mode='STRICT_TRANS_TABLES,NO_AUTO_CREATE_USER'";
        List<Finding> f = MysqlServerCheck.judgeSessionSqlMode(new MysqlServerCheck.Server("8.0.36"), params);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.FAIL);
            assertThat(x.fact()).contains("NO_AUTO_CREATE_USER").contains("MySQL 8.0.36");
        });
        assertThat(MysqlServerCheck.judgeSessionSqlMode(new MysqlServerCheck.Server("10.11.6-MariaDB"), params)).isEmpty();
        assertThat(MysqlServerCheck.judgeSessionSqlMode(new MysqlServerCheck.Server("5.7.44"), params)).isEmpty();
    }

    @Test
    void authPluginsTheConnectorCannotUse() {
        assertThat(MysqlServerCheck.judgeAuthPlugin(new MysqlServerCheck.Server("10.11.6-MariaDB"), "ed25519", "'cloud'@'%'"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.FAIL);
        assertThat(MysqlServerCheck.judgeAuthPlugin(new MysqlServerCheck.Server("8.4.3"), "mysql_native_password", "'cloud'@'%'"))
                .singleElement().satisfies(x -> assertThat(x.fact()).contains("disabled by default since MySQL 8.4"));
        assertThat(MysqlServerCheck.judgeAuthPlugin(new MysqlServerCheck.Server("8.0.36"), "caching_sha2_password", "'cloud'@'%'"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.OK);
        assertThat(MysqlServerCheck.judgeVersion(new MysqlServerCheck.Server("5.6.51"))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.FAIL);
        assertThat(new MysqlServerCheck.Server("5.5.5-10.11.6-MariaDB").version).isEqualTo(v("10.11.6"));
    }

    @Test
    void connectorGenerations() {
        assertThat(JdbcDriverMajorCheck.judge("com.mysql.cj.jdbc.Driver", 8, v("4.22.0.0"), "j", "jdbc:mysql://h/c")).isNull();
        assertThat(JdbcDriverMajorCheck.judge("com.mysql.jdbc.Driver", 5, v("4.22.0.0"), "j", "jdbc:mysql://h/c").fact())
                .contains("needs 8 or newer");
        assertThat(JdbcDriverMajorCheck.judge("com.mysql.cj.jdbc.Driver", 8, v("4.13.1.0"), "j", "jdbc:mysql://h/c").consequence())
                .contains("java.math.BigInteger");
        assertThat(JdbcDriverMajorCheck.judge("org.mariadb.jdbc.Driver", 3, v("4.22"), "j", "jdbc:mysql://h/c?permitMysqlScheme")).isNull();
        assertThat(JdbcDriverCheck.driverClassFor("jdbc:mysql", v("4.13"))).isEqualTo("com.mysql.jdbc.Driver");
        assertThat(JdbcDriverCheck.driverClassFor("jdbc:mariadb", v("4.22"))).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(JdbcDriverCheck.driverClassFor("jdbc:oracle", v("4.22"))).isNull();
    }

    @Test
    void javaFeatureForTarget() {
        assertThat(JavaCheck.feature("1.8")).isEqualTo(8);
        assertThat(JavaCheck.judge("/usr/bin/java", "/j", 17, v("4.18.0.0")).severity()).isEqualTo(Severity.WARN);
        assertThat(JavaCheck.judge("/usr/bin/java", "/j", 11, v("4.18.0.0")).severity()).isEqualTo(Severity.OK);
        assertThat(JavaCheck.judge("/usr/bin/java", "/j", 17, v("4.22.0.0")).severity()).isEqualTo(Severity.OK);
        assertThat(JavaCheck.judge("/usr/bin/java", "/j", 17, v("99.0")).fact()).isEqualTo("default java is 17 (/j), as"
                + " CloudStack 99.0 (outside what this netboot6 knows, 4.20.0.0 to before 4.23: judged by the nearest rule) needs");
    }

    @Test
    void diskThresholds() {
        assertThat(DiskCheck.judgeLib(java.nio.file.Path.of("/x"), 100L << 20).severity()).isEqualTo(Severity.FAIL);
        assertThat(DiskCheck.judgeLib(java.nio.file.Path.of("/x"), 600L << 20).severity()).isEqualTo(Severity.WARN);
        assertThat(DiskCheck.judgeDatadir("/var/lib/mysql", 1L << 30, 3L << 30).fact())
                .isEqualTo("1.0 GiB free on /var/lib/mysql but the CloudStack databases take 3.0 GiB");
        assertThat(DiskCheck.judgeDatadir("/var/lib/mysql", 4L << 30, 3L << 30).severity()).isEqualTo(Severity.OK);
    }

    @Test
    void schemaRules() {
        assertThat(SchemaVersionCheck.judge(v("4.22.0.0"), v("4.20.1.0"), v("4.22.0.0")).get(0).fact())
                .contains("schema is at 4.22.0.0 but cloudstack-management 4.20.1.0 is installed");
        assertThat(SchemaVersionCheck.judge(v("3.0.7"), v("3.0.7"), v("4.22.0.0")).get(0).consequence())
                .contains("across major versions");
    }
}
