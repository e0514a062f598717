package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboot6.cloudstack.ApiAssertions.paramError;
import static org.netboot6.cloudstack.CommandFixture.networkParams;

import java.util.Map;

import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.ListNetbootNetworksCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;

/** createNetbootNetwork, listNetbootNetworks, updateNetbootNetwork, deleteNetbootNetwork on MariaDB. */
class NetworkCommandsIT {
    private static final String NOWHERE = "0c2d1f6e-0000-4000-8000-000000000000";
    private static CommandFixture f;

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("netcmd");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static ListResponse<NetbootNetworkResponse> list(String... params) {
        return f.call(ListNetbootNetworksCmd.class, ListResponse.class, params);
    }

    @Test
    void createShowsTheNetworkWithItsDefaults() {
        NetbootNetworkResponse n = f.network("create1");

        assertThat(n.getResponseName()).isEqualTo("createnetbootnetworkresponse");
        assertThat(n.getObjectName()).isEqualTo("netbootnetwork");
        assertThat(n.getId()).matches("[0-9a-f-]{36}");
        String net = networkParams("create1")[5].replace("::/64", "");
        assertThat(n.getPrefix()).isEqualTo(net + "::/64");
        assertThat(n.getBootPort()).as("the boot service port setting").isEqualTo(8281);
        assertThat(n.getTftpServer()).isEqualTo(net + "::2");
        assertThat(n.getPoolStart()).isEqualTo(net + "::1000");
        assertThat(n.getRaManaged()).isTrue();
        assertThat(n.getBootBaseUrl()).isEqualTo("http://[" + net + "::2]:8281/netboot6");
        assertThat(n.getDnsServers()).containsExactly(net + "::53");
    }

    @Test
    void malformedValuesNameTheirParameter() {
        String[] p = networkParams("bad1");
        p[5] = "2001:db8::/48";
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, p), "prefix must be a /64");
        String[] q = networkParams("bad2");
        q[9] = "not-an-address";
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, q), "bootserver");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad3"), "dnsservers", networkParams("bad3")[11] + ",zzz")), "dnsservers entry 2");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad4"), "bootport", "eighty")), "invalid value eighty for parameter bootport");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad5"), "ramanaged", "false", "raotherconfig", "false")), "ramanaged M=0 and O=0");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad6"), "poolstart", "2001:db8:ffff::1")), "poolstart must be inside");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad7"), "interfacename", "a-very-long-interface-name")), "max allowed length 15");
        String nineDns = java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(i -> "2001:db8:e:2:1111:2222:3333:400" + i)
                .collect(java.util.stream.Collectors.joining(","));
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("bad8"), "dnsservers", nineDns)), "dnsservers at most 8 DNS servers, got 9");
        String[] wholePool = networkParams("bad9");
        String net = wholePool[5].replace("::/64", "");
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(wholePool, "poolstart", net + "::100", "poolend", net + ":ffff:ffff:ffff:ffff")),
                "poolend pool " + net + "::100-" + net + ":ffff:ffff:ffff:ffff covers more than half of");
        assertThat(list("keyword", "bad").getCount()).isZero();
        String eightDns = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> "2001:db8:e:2:1111:2222:3333:400" + i)
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(networkParams("dns8"), "dnsservers", eightDns)).getDnsServers()).hasSize(8);
        String[] halfPool = networkParams("pool-half");
        String half = halfPool[5].replace("::/64", "");
        assertThat(f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class,
                with(halfPool, "poolstart", half + ":8000::", "poolend", half + ":ffff:ffff:ffff:ffff")).getPoolEnd())
                .as("half of the /64 is the largest pool").isEqualTo(half + ":ffff:ffff:ffff:ffff");
    }

    @Test
    void updateChangesOnlyWhatIsGiven() {
        NetbootNetworkResponse n = f.network("upd1");

        NetbootNetworkResponse u = f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", n.getId(),
                "raautonomous", "false", "searchdomains", "lab.example,example.org", "dnsservers", "");

        assertThat(u.getRaAutonomous()).isFalse();
        assertThat(u.getRaManaged()).isTrue();
        assertThat(u.getSearchDomains()).containsExactly("lab.example", "example.org");
        assertThat(u.getDnsServers()).as("an empty list empties it").isEmpty();
        assertThat(u.getName()).isEqualTo("upd1");
        assertThat(list("id", n.getId()).getResponses().get(0).getRaAutonomous()).isFalse();
    }

    @Test
    void anUpdateThatBreaksTheNetworkChangesNothing() {
        NetbootNetworkResponse n = f.network("upd2");

        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", n.getId(),
                "radefaultrouter", "false", "bootserver", "2001:db8:5::2"), "bootserver is not on-link");

        assertThat(list("id", n.getId()).getResponses().get(0).getBootServer()).isEqualTo(networkParams("upd2")[9]);
    }

    @Test
    void unknownAndMalformedIdsAreParamErrors() {
        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", NOWHERE),
                "id names no boot network");
        paramError(() -> f.call(DeleteNetbootNetworkCmd.class, SuccessResponse.class, "id", NOWHERE),
                "id names no boot network");
        paramError(() -> f.call(DeleteNetbootNetworkCmd.class, SuccessResponse.class, "id", "42"), "id is not a UUID");
        paramError(() -> list("id", "x'; DROP TABLE netboot6_network; --"), "id is not a UUID");
    }

    @Test
    void deleteRemovesANetworkWithoutHosts() {
        NetbootNetworkResponse n = f.network("del1");

        SuccessResponse ok = f.call(DeleteNetbootNetworkCmd.class, SuccessResponse.class, "id", n.getId());

        assertThat(ok.getSuccess()).isTrue();
        assertThat(ok.getResponseName()).isEqualTo("deletenetbootnetworkresponse");
        assertThat(list("id", n.getId()).getCount()).isZero();
    }

    @Test
    void listPagesWithTheTotalCountAndMatchesKeywords() {
        for (int i = 1; i <= 5; i++) {
            f.network("paged" + i);
        }

        ListResponse<NetbootNetworkResponse> first = list("keyword", "paged", "page", "1", "pagesize", "2");
        ListResponse<NetbootNetworkResponse> third = list("keyword", "paged", "page", "3", "pagesize", "2");

        assertThat(first.getResponseName()).isEqualTo("listnetbootnetworksresponse");
        assertThat(first.getCount()).isEqualTo(5);
        assertThat(first.getResponses()).hasSize(2);
        assertThat(third.getResponses()).hasSize(1);
        assertThat(list("keyword", "PAGED3").getResponses()).extracting(NetbootNetworkResponse::getName)
                .containsExactly("paged3");
        assertThat(list("keyword", "paged", "pagesize", "-1").getResponses()).hasSize(5);
        paramError(() -> list("pagesize", "2"), "\"page\" parameter is required");
        paramError(() -> list("page", "1", "pagesize", "501"), "max allowed page size");
        paramError(() -> list("page", "1", "pagesize", "-2"), "pagesize must be at least 1, or -1 for all: -2");
        paramError(() -> list("page", "1", "pagesize", "0"), "pagesize must be at least 1");
        paramError(() -> list("keyword", "paged", "colour", "red"), "Unknown parameters");
    }

    static String[] with(String[] base, String... more) {
        Map<String, String> m = CommandFixture.params(base);
        m.putAll(CommandFixture.params(more));
        return m.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
    }
}
