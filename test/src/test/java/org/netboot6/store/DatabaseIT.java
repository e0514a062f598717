package org.netboot6.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.netboot6.testdb.ScratchDatabase;

/** Transactions on a real MariaDB: a deadlock victim is run again instead of failing the API call. */
class DatabaseIT {

    @Test
    void theTransactionInnoDbRollsBackToBreakADeadlockRunsAgainAndBothCommit() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create("deadlock")) {
            try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE pair (id INT PRIMARY KEY, hits INT NOT NULL)");
                s.execute("INSERT INTO pair VALUES (1, 0), (2, 0)");
            }
            Database db = new Database(scratch.dataSource());
            CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
            AtomicInteger attempts = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // each locks one row, waits until the other holds the other row, then asks for it: a deadlock
                Future<?> first = pool.submit(() -> crossing(db, 1, 2, bothHoldOneRow, attempts));
                Future<?> second = pool.submit(() -> crossing(db, 2, 1, bothHoldOneRow, attempts));
                first.get(60, TimeUnit.SECONDS);
                second.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(attempts.get()).as("the victim ran a second time").isEqualTo(3);
            try (Connection c = scratch.dataSource().getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT SUM(hits) FROM pair")) {
                rs.next();
                assertThat(rs.getInt(1)).as("both transactions committed their two updates, once").isEqualTo(4);
            }
        }
    }

    private static Void crossing(Database db, int mine, int theirs, CyclicBarrier bothHoldOneRow, AtomicInteger attempts) {
        return db.inTransaction(c -> {
            boolean firstAttempt = attempts.incrementAndGet() <= 2;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE pair SET hits = hits + 1 WHERE id = " + mine);
                if (firstAttempt) {
                    try {
                        bothHoldOneRow.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                s.executeUpdate("UPDATE pair SET hits = hits + 1 WHERE id = " + theirs);
            }
            return null;
        });
    }
}
