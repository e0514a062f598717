package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
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
import org.netboot6.cloudstack.api.command.CancelNetbootHostProvisioningCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.ListNetbootNetworksCmd;
import org.netboot6.cloudstack.api.command.ListNetbootProfilesCmd;
import org.netboot6.cloudstack.api.command.ProvisionNetbootHostCmd;
import org.netboot6.cloudstack.api.command.RemoveNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootHostCmd;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
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

    private static final int HOST_ROUNDS = 12;

    private static Object provision(String host, String... more) {
        String[] base = {"id", host, "reboot", "false"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return f.call(ProvisionNetbootHostCmd.class, NetbootHostResponse.class, all);
    }

    @SuppressWarnings("unchecked")
    private static NetbootHostResponse shown(String host) {
        return (NetbootHostResponse) f.call(ListNetbootHostsCmd.class, ListResponse.class, "id", host).getResponses()
                .get(0);
    }

    /** Tokens that would still work, held by hosts that are not PROVISIONING or are removed: must be none. */
    private static int strayLiveTokens() throws Exception {
        try (Connection c = f.db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM netboot6_token t JOIN netboot6_host h ON h.id = t.host_id WHERE t.used IS NULL "
                + "AND t.expires > ? AND (h.state <> 'PROVISIONING' OR h.removed IS NOT NULL)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void neitherIsAnInternalError(List<Object> outcomes) {
        outcomes.stream().filter(o -> o instanceof ServerApiException).map(ServerApiException.class::cast)
                .forEach(e -> assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(ApiErrorCode.PARAM_ERROR));
    }

    @Test
    void anInstallArmedWhileTheProfileIsClearedNeverLeavesAnArmedHostWithoutOne() throws Exception {
        String network = f.network("race-arm-profile").getId();
        String profile = f.profile("race-arm-profile").getId();
        for (int round = 0; round < HOST_ROUNDS; round++) {
            String host = f.host(network, "armed-" + round, String.format("52:54:00:7f:00:%02x", round),
                    "profileid", profile).getId();
            List<Object> outcomes = race(2, i -> i == 0 ? () -> provision(host)
                    : () -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", host, "clearprofile", "true"));
            neitherIsAnInternalError(outcomes);
            NetbootHostResponse now = shown(host);
            if ("PROVISIONING".equals(now.getState())) {
                assertThat(now.getProfileName()).as("round %d: %s", round, outcomes).isEqualTo("race-arm-profile");
            } else {
                assertThat(now.getProfileName()).as("round %d: %s", round, outcomes).isNull();
            }
        }
    }

    @Test
    void cancelAndReArmAtOnceLeaveNoWorkingTokenOnAHostThatIsNotArmed() throws Exception {
        String network = f.network("race-cancel").getId();
        for (int round = 0; round < HOST_ROUNDS; round++) {
            String host = f.host(network, "cancel-" + round, String.format("52:54:00:7f:01:%02x", round)).getId();
            provision(host, "probe", "true");
            List<Object> outcomes = race(2, i -> i == 0 ? () -> provision(host, "probe", "true")
                    : () -> f.call(CancelNetbootHostProvisioningCmd.class, NetbootHostResponse.class, "id", host));
            neitherIsAnInternalError(outcomes);
            assertThat(strayLiveTokens()).as("round %d: %s", round, outcomes).isZero();
        }
    }

    @Test
    void aHostRemovedWhileBeingArmedKeepsNoWorkingToken() throws Exception {
        String network = f.network("race-remove").getId();
        for (int round = 0; round < HOST_ROUNDS; round++) {
            String host = f.host(network, "gone-" + round, String.format("52:54:00:7f:02:%02x", round)).getId();
            if (round % 2 == 0) {
                provision(host, "probe", "true"); // re-arming an armed host, and arming a READY one
            }
            List<Object> outcomes = race(3, i -> i == 0 ? () -> provision(host, "probe", "true")
                    : () -> f.call(RemoveNetbootHostCmd.class, SuccessResponse.class, "id", host));
            neitherIsAnInternalError(outcomes);
            assertThat(outcomes.subList(1, 3).stream().filter(o -> o instanceof SuccessResponse).count())
                    .as("round %d: exactly one of two removes: %s", round, outcomes).isEqualTo(1);
            assertThat(strayLiveTokens()).as("round %d: %s", round, outcomes).isZero();
        }
    }
}
