package org.netboot6.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.netboot6.model.BootHost;
import org.netboot6.model.HostKind;
import org.netboot6.model.HostState;
import org.netboot6.model.Mac;
import org.netboot6.service.Netboot6Services;
import org.netboot6.testdb.ScratchDatabase;

/** netboot6's schema migrations on a real MariaDB: fresh, upgrades with data, concurrency, crash, dry run. */
class SchemaMigratorIT {
    private static final List<String> ALL = List.of("1 boot hosts", "2 profiles host links change counter",
            "3 network ra flags host address bond", "4 host name index", "5 change log", "6 live unique names",
            "7 profile disk width");
    private static final String[] ALL_APPLIED = {"1 1", "2 1", "3 1", "4 1", "5 1", "6 1", "7 1"};

    private static List<String> query(ScratchDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }

    private static void execute(ScratchDatabase db, String... sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static List<String> appliedVersions(ScratchDatabase db) throws SQLException {
        return query(db, "SELECT version, success FROM " + SchemaMigrator.HISTORY_TABLE
                + " WHERE version <> '0' ORDER BY installed_rank");
    }

    @Test
    void freshInstallAppliesEveryStepAndDryRunListsThemFirst() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_fresh")) {
            SchemaMigrator migrator = new SchemaMigrator(db.dataSource());
            assertThat(migrator.pending()).containsExactlyElementsOf(ALL);
            assertThat(migrator.migrate()).isEqualTo(ALL.size());
            assertThat(migrator.pending()).isEmpty();
            assertThat(appliedVersions(db)).containsExactly(ALL_APPLIED);
            assertThat(query(db, "SHOW TABLES LIKE 'netboot6\\_%'")).contains("netboot6_host", "netboot6_host_mac",
                    "netboot6_network", "netboot6_profile", "netboot6_token", "netboot6_boot_event",
                    "netboot6_change_counter", SchemaMigrator.HISTORY_TABLE);
            assertThat(migrator.migrate()).isZero();
        }
    }

    @Test
    void inACloudStackDatabaseItNeverTouchesTheVersionTable() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_cs")) {
            execute(db, "CREATE TABLE version (id BIGINT PRIMARY KEY AUTO_INCREMENT, version CHAR(40), updated DATETIME, "
                    + "step VARCHAR(32))", "INSERT INTO version (version, updated, step) VALUES "
                    + "('4.20.1.0', '2025-01-01 00:00:00', 'Complete')");
            List<String> before = query(db, "SELECT * FROM version");
            assertThat(new SchemaMigrator(db.dataSource()).migrate()).isEqualTo(ALL.size());
            assertThat(query(db, "SELECT * FROM version")).isEqualTo(before);
            assertThat(appliedVersions(db)).containsExactly(ALL_APPLIED);
        }
    }

    @ParameterizedTest(name = "from schema {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void upgradeFromEveryEarlierSchemaKeepsTheData(int from) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_up" + from)) {
            Flyway.configure().dataSource(db.dataSource()).table(SchemaMigrator.HISTORY_TABLE)
                    .locations(SchemaMigrator.LOCATION).target(Integer.toString(from)).load().migrate();
            assertThat(new SchemaMigrator(db.dataSource()).pending()).containsExactlyElementsOf(ALL.subList(from, ALL.size()));
            execute(db, "INSERT INTO netboot6_network (uuid, name, interface_name, prefix, router, boot_server, boot_port, "
                    + "tftp_server, dns_servers, search_domains, pool_start, pool_end, created) VALUES "
                    + "('6f1c2e1a-0000-4000-8000-000000000001', 'rack1', 'br0', '2001:db8:0:1::/64', 'fe80::1', "
                    + "'2001:db8:0:1::2', 8080, '2001:db8:0:1::2', '2001:db8:0:1::53', 'lab.example', "
                    + "'2001:db8:0:1::1000', '2001:db8:0:1::1fff', NOW(3))",
                    "INSERT INTO netboot6_host (uuid, network_id, hostname, state, created, updated) VALUES "
                    + "('6f1c2e1a-0000-4000-8000-000000000002', 1, 'old-1', 'DONE', NOW(3), NOW(3))",
                    "INSERT INTO netboot6_host_mac (mac, host_id) VALUES ('00:00:5e:00:53:01', 1)");

            assertThat(new SchemaMigrator(db.dataSource()).migrate()).isEqualTo(ALL.size() - from);

            Netboot6Services services = new Netboot6Services(db.dataSource(), Clock.systemUTC(), "http://[::1]/netboot6");
            BootHost host = services.hosts().get("6f1c2e1a-0000-4000-8000-000000000002");
            assertThat(host.hostname().toString()).isEqualTo("old-1");
            assertThat(host.state()).isEqualTo(HostState.DONE);
            assertThat(host.kind()).isEqualTo(HostKind.BAREMETAL);
            assertThat(host.macs()).containsExactly(Mac.parse("00:00:5e:00:53:01"));
            assertThat(host.profileId()).isEmpty();
            assertThat(host.address()).as("hosts from before schema 3 have no planned address").isEmpty();
            assertThat(services.networks().get("6f1c2e1a-0000-4000-8000-000000000001").network().name())
                    .isEqualTo("rack1");
            assertThat(query(db, "SELECT value FROM netboot6_change_counter")).containsExactly("0");
        }
    }

    @Test
    void concurrentStartsApplyEachStepExactlyOnce() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_race")) {
            int servers = 4;
            CyclicBarrier start = new CyclicBarrier(servers);
            ExecutorService pool = Executors.newFixedThreadPool(servers);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int i = 0; i < servers; i++) {
                    // each "management server" has its own connection pool
                    MariaDbDataSource own = new MariaDbDataSource(db.url());
                    results.add(pool.submit(() -> {
                        start.await();
                        return new SchemaMigrator(own).migrate();
                    }));
                }
                int applied = 0;
                for (Future<Integer> f : results) {
                    applied += f.get(120, TimeUnit.SECONDS);
                }
                assertThat(applied).isEqualTo(ALL.size());
            } finally {
                pool.shutdownNow();
            }
            assertThat(appliedVersions(db)).containsExactly(ALL_APPLIED);
        }
    }

    @Test
    void aStartKilledMidMigrationIsCompletedByTheNextStart() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_kill")) {
            Flyway.configure().dataSource(db.dataSource()).table(SchemaMigrator.HISTORY_TABLE)
                    .locations(SchemaMigrator.LOCATION).target("1").load().migrate();
            Process child;
            // Hold a metadata lock on netboot6_host: schema 2 creates netboot6_profile, then blocks on ALTER TABLE
            // netboot6_host. That is where the child is killed.
            try (Connection blocker = db.dataSource().getConnection()) {
                blocker.setAutoCommit(false);
                try (Statement s = blocker.createStatement()) {
                    s.executeQuery("SELECT COUNT(*) FROM netboot6_host").close();
                }
                child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), db.url())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (query(db, "SELECT 1 FROM information_schema.PROCESSLIST WHERE INFO LIKE 'ALTER TABLE netboot6_host %'"
                        + " AND DB = DATABASE()").isEmpty()) {
                    assertThat(child.isAlive()).as("migrating child still running").isTrue();
                    assertThat(System.nanoTime()).as("child reached the ALTER TABLE").isLessThan(deadline);
                    Thread.sleep(50);
                }
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                blocker.rollback();
            }
            // the server may still finish the statement the dead client had sent; wait until it has
            while (!query(db, "SELECT 1 FROM information_schema.PROCESSLIST WHERE INFO LIKE 'ALTER TABLE netboot6_host %'"
                    + " AND DB = DATABASE()").isEmpty()) {
                Thread.sleep(50);
            }
            assertThat(query(db, "SHOW TABLES LIKE 'netboot6\\_profile'")).hasSize(1);
            assertThat(query(db, "SHOW TABLES LIKE 'netboot6\\_change\\_counter'")).as("killed before the end").isEmpty();
            assertThat(appliedVersions(db)).containsExactly("1 1");

            SchemaMigrator next = new SchemaMigrator(db.dataSource());
            assertThat(next.pending()).containsExactlyElementsOf(ALL.subList(1, ALL.size()));
            assertThat(next.migrate()).isEqualTo(ALL.size() - 1);
            assertThat(appliedVersions(db)).containsExactly(ALL_APPLIED);
            assertThat(query(db, "SHOW COLUMNS FROM netboot6_host LIKE 'kind'")).hasSize(1);
            assertThat(query(db, "SELECT value FROM netboot6_change_counter")).containsExactly("0");
        }
    }

    @Test
    void schema6StopsAtLiveDuplicateNamesAndGoesOnOnceTheyAreFixed() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_dup")) {
            Flyway.configure().dataSource(db.dataSource()).table(SchemaMigrator.HISTORY_TABLE)
                    .locations(SchemaMigrator.LOCATION).target("5").load().migrate();
            String network = "INSERT INTO netboot6_network (uuid, name, interface_name, prefix, router, boot_server, "
                    + "boot_port, tftp_server, dns_servers, search_domains, pool_start, pool_end, created, removed) VALUES ";
            // two live networks named rack1 (what two racing creates could leave before schema 6), and a removed one
            execute(db, network + "(UUID(), 'rack1', 'br0', '2001:db8:0:1::/64', 'fe80::1', '2001:db8:0:1::2', 8080, "
                    + "'2001:db8:0:1::2', '', '', '2001:db8:0:1::1000', '2001:db8:0:1::1fff', NOW(3), NULL)",
                    network + "(UUID(), 'rack1', 'br0', '2001:db8:0:2::/64', 'fe80::1', '2001:db8:0:2::2', 8080, "
                    + "'2001:db8:0:2::2', '', '', '2001:db8:0:2::1000', '2001:db8:0:2::1fff', NOW(3), NULL)",
                    network + "(UUID(), 'rack1', 'br0', '2001:db8:0:1::/64', 'fe80::1', '2001:db8:0:1::2', 8080, "
                    + "'2001:db8:0:1::2', '', '', '2001:db8:0:1::1000', '2001:db8:0:1::1fff', NOW(3), NOW(3))");

            String host = "INSERT INTO netboot6_host (uuid, network_id, hostname, state, created, updated, removed) VALUES ";
            execute(db, host + "(UUID(), 1, 'node1', 'READY', NOW(3), NOW(3), NULL)",
                    host + "(UUID(), 1, 'node1', 'READY', NOW(3), NOW(3), NULL)",
                    host + "(UUID(), 1, 'node1', 'READY', NOW(3), NOW(3), NOW(3))");

            assertThatThrownBy(() -> new SchemaMigrator(db.dataSource()).migrate()).hasStackTraceContaining(
                    "shared by live rows: boot networks with the name 'rack1' (2 live rows), hosts of a network "
                    + "(network/host) with the name 'rack1/node1' (2 live rows); rename or remove all but one");

            execute(db, "UPDATE netboot6_network SET name = 'rack2' WHERE prefix = '2001:db8:0:2::/64'",
                    "UPDATE netboot6_host SET removed = NOW(3) WHERE hostname = 'node1' AND removed IS NULL LIMIT 1",
                    "DELETE FROM " + SchemaMigrator.HISTORY_TABLE + " WHERE version = '6' AND success = 0");
            assertThat(new SchemaMigrator(db.dataSource()).migrate()).isEqualTo(2);
            assertThat(appliedVersions(db)).containsExactly(ALL_APPLIED);
            assertThatThrownBy(() -> execute(db, network + "(UUID(), 'RACK1', 'br0', '2001:db8:0:3::/64', 'fe80::1', "
                    + "'2001:db8:0:3::2', 8080, '2001:db8:0:3::2', '', '', '2001:db8:0:3::1000', '2001:db8:0:3::1fff', "
                    + "NOW(3), NULL)")).as("the database itself refuses a second live rack1, whatever the case")
                    .hasMessageContaining("uk_netboot6_network_live_name");
        }
    }

    @Test
    void refusesASchemaNewerThanTheCode() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_new")) {
            new SchemaMigrator(db.dataSource()).migrate();
            execute(db, "INSERT INTO " + SchemaMigrator.HISTORY_TABLE + " (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, installed_on, execution_time, success) VALUES "
                    + "(99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'x', NOW(), 0, 1)");
            assertThatThrownBy(() -> new SchemaMigrator(db.dataSource()).migrate())
                    .hasMessageContaining("99");
        }
    }

    @Test
    void aChangedAppliedMigrationIsDetected() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create("mig_sum")) {
            new SchemaMigrator(db.dataSource()).migrate();
            execute(db, "UPDATE " + SchemaMigrator.HISTORY_TABLE + " SET checksum = checksum + 1 WHERE version = '1'");
            assertThatThrownBy(() -> new SchemaMigrator(db.dataSource()).migrate()).hasMessageContaining("checksum");
        }
    }
}
