package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.ListNetbootNetworksCmd;
import org.netboot6.cloudstack.api.command.ListNetbootProfilesCmd;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;

/**
 * API calls that race each other, as several operators or management servers would: the rules a single call is
 * refused by (unique names and prefixes, no host in a deleted network or with a deleted profile) hold when the calls
 * run at the same moment. Each race runs a few rounds; before schema 6 and the row locks most rounds broke a rule.
 */
class ConcurrentCallsIT {
    private static final int CALLERS = 6;
    private static final int ROUNDS = 4;
    private static CommandFixture f;

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("race");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /** What each of {@code n} calls started at the same moment did: its result, or its API error. */
    private static List<Object> race(int n, IntFunction<Callable<Object>> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Object> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return c.call();
                    } catch (ServerApiException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long successes(List<Object> outcomes) {
        return outcomes.stream().filter(o -> !(o instanceof ServerApiException)).count();
    }

    /** Every refusal is a 431 whose message starts with {@code parameter}. */
    private static void refusedNaming(List<Object> outcomes, String parameter) {
        outcomes.stream().filter(o -> o instanceof ServerApiException).map(ServerApiException.class::cast)
                .forEach(e -> {
                    assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
                    assertThat(e.getMessage()).startsWith(parameter + " ");
                });
    }

    @SuppressWarnings("unchecked")
    private static int count(Class<? extends org.apache.cloudstack.api.BaseCmd> list, String... params) {
        return f.call(list, ListResponse.class, params).getCount();
    }

    @Test
    void oneHostNameInANetworkHoweverManyAddItAtOnce() throws Exception {
        String network = f.network("race-hosts").getId();
        for (int round = 0; round < ROUNDS; round++) {
            String name = "node" + round;
            int r = round;
            List<Object> outcomes = race(CALLERS, i -> () -> f.host(network, name,
                    String.format("52:54:00:7a:%02x:%02x", r, i)));
            assertThat(successes(outcomes)).as("round %d", round).isEqualTo(1);
            refusedNaming(outcomes, "hostname");
            assertThat(count(ListNetbootHostsCmd.class, "networkid", network, "keyword", name)).isEqualTo(1);
        }
    }

    @Test
    void oneNetworkPerNameAndPerPrefixHoweverManyCreateThemAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String[] base = CommandFixture.networkParams("race-net-" + round);
            String name = base[1];
            String prefix = base[5];
            // same name, each with its own /64
            List<Object> sameName = race(CALLERS, i -> () -> {
                String[] p = CommandFixture.networkParams(name + "-own-" + i);
                p[1] = name;
                return f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, p);
            });
            assertThat(successes(sameName)).as("same name, round %d", round).isEqualTo(1);
            refusedNaming(sameName, "name");
            // same /64 (the one the fixture gave this round's name), each with its own name
            List<Object> samePrefix = race(CALLERS, i -> () -> {
                String[] p = base.clone();
                p[1] = name + "-p" + i;
                return f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, p);
            });
            long created = successes(samePrefix);
            assertThat(created + (prefixTakenBy(sameName, prefix) ? 1 : 0)).as("same prefix, round %d", round)
                    .isEqualTo(1);
            refusedNaming(samePrefix, "prefix");
        }
    }

    private static boolean prefixTakenBy(List<Object> outcomes, String prefix) {
        return outcomes.stream().filter(o -> o instanceof NetbootNetworkResponse)
                .anyMatch(o -> prefix.equals(((NetbootNetworkResponse) o).getPrefix()));
    }

    @Test
    void oneProfilePerNameHoweverManyCreateItAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String name = "race-profile-" + round;
            List<Object> outcomes = race(CALLERS, i -> () -> f.call(CreateNetbootProfileCmd.class,
                    NetbootProfileResponse.class, CommandFixture.profileParams(name)));
            assertThat(successes(outcomes)).as("round %d", round).isEqualTo(1);
            refusedNaming(outcomes, "name");
            assertThat(count(ListNetbootProfilesCmd.class, "keyword", name)).isEqualTo(1);
        }
    }

    @Test
    void aNetworkDeletedWhileAHostIsAddedLeavesNoHostBehind() throws Exception {
        int hostsAdded = 0;
        for (int round = 0; round < ROUNDS * 2; round++) {
            String network = f.network("race-delete-" + round).getId();
            String mac = String.format("52:54:00:7d:00:%02x", round);
            List<Object> outcomes = race(2, i -> i == 0
                    ? () -> f.call(DeleteNetbootNetworkCmd.class, SuccessResponse.class, "id", network)
                    : () -> f.host(network, "late", mac));
            boolean deleted = !(outcomes.get(0) instanceof ServerApiException);
            boolean added = !(outcomes.get(1) instanceof ServerApiException);
            assertThat(deleted ^ added).as("round %d: exactly one of delete and add wins: %s", round, outcomes).isTrue();
            if (deleted) {
                assertThat(((ServerApiException) outcomes.get(1)).getMessage()).startsWith("networkid names no boot network");
                assertThat(count(ListNetbootHostsCmd.class, "macaddress", mac)).isZero();
            } else {
                assertThat(((ServerApiException) outcomes.get(0)).getMessage()).contains("still has 1 host(s)");
                assertThat(count(ListNetbootNetworksCmd.class, "id", network)).isEqualTo(1);
                hostsAdded++;
            }
            assertThat(count(ListNetbootHostsCmd.class, "keyword", "late")).as("the hosts list (an orphan broke it)")
                    .isEqualTo(hostsAdded);
        }
    }

    @Test
    void aProfileDeletedWhileAHostIsGivenItLeavesNoHostWithoutIt() throws Exception {
        String network = f.network("race-profile-hosts").getId();
        for (int round = 0; round < ROUNDS * 2; round++) {
            String profile = f.profile("race-gone-" + round).getId();
            String mac = String.format("52:54:00:7e:00:%02x", round);
            String hostname = "given-" + round;
            List<Object> outcomes = race(2, i -> i == 0
                    ? () -> f.call(DeleteNetbootProfileCmd.class, SuccessResponse.class, "id", profile)
                    : () -> f.host(network, hostname, mac, "profileid", profile));
            boolean deleted = !(outcomes.get(0) instanceof ServerApiException);
            boolean added = !(outcomes.get(1) instanceof ServerApiException);
            assertThat(deleted ^ added).as("round %d: exactly one of delete and add wins: %s", round, outcomes).isTrue();
        }
    }
}
