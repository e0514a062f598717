package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboot6.cloudstack.ApiAssertions.paramError;

import org.apache.cloudstack.api.response.ListResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.AddNetbootHostCmd;
import org.netboot6.cloudstack.api.command.CreateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.ListNetbootNetworksCmd;
import org.netboot6.cloudstack.api.command.ProvisionNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootNetworkCmd;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;

/** Rules that span rows: unique prefixes, names and host names; bonds; token lifetimes; nothing changes on refusal. */
class ConsistencyRulesIT {
    private static CommandFixture f;
    private static String rack1;

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("rules");
        rack1 = f.network("rack1").getId();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static int hostCount() {
        return f.call(ListNetbootHostsCmd.class, ListResponse.class, "networkid", rack1).getCount();
    }

    @Test
    void twoNetworksNeverShareAPrefixOrAName() {
        String[] samePrefix = CommandFixture.networkParams("rack1");
        samePrefix[1] = "rack1-again";
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, samePrefix),
                "prefix is already the prefix of another boot network");
        String[] sameName = CommandFixture.networkParams("rack2");
        sameName[1] = "rack1";
        paramError(() -> f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, sameName),
                "name is already the name of another boot network");
        String[] other = sameName.clone();
        other[1] = "rack2";
        String rack2 = f.call(CreateNetbootNetworkCmd.class, NetbootNetworkResponse.class, other).getId();
        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", rack2, "name", "rack1"),
                "name is already the name of another boot network");
    }

    @Test
    void hostNamesAreUniqueInANetworkWhateverTheCase() {
        f.host(rack1, "web", "00:00:5e:00:53:e1");
        int before = hostCount();
        paramError(() -> f.host(rack1, "WEB", "00:00:5e:00:53:e2"), "hostname is already used by another host");
        NetbootHostResponse other = f.host(rack1, "web2", "00:00:5e:00:53:e3");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", other.getId(),
                "hostname", "web"), "hostname is already used by another host");
        assertThat(hostCount()).isEqualTo(before + 1);
    }

    @Test
    void aBondNamesItsModeAndGetsAPlannedAddress() {
        NetbootHostResponse bond = f.call(AddNetbootHostCmd.class, NetbootHostResponse.class, "networkid", rack1,
                "hostname", "store-01", "macaddresses", "00:00:5e:00:53:f1,00:00:5e:00:53:f2", "bondmode", "lacp");
        assertThat(bond.getBondMode()).isEqualTo("802.3ad");
        assertThat(bond.getIpAddress()).startsWith(CommandFixture.networkParams("rack1")[5].replace("::/64", ":"));
        paramError(() -> f.call(AddNetbootHostCmd.class, NetbootHostResponse.class, "networkid", rack1,
                "hostname", "store-02", "macaddresses", "00:00:5e:00:53:f3", "bondmode", "802.3ad"),
                "bondmode needs at least two MAC addresses");
        paramError(() -> f.call(AddNetbootHostCmd.class, NetbootHostResponse.class, "networkid", rack1,
                "hostname", "store-03", "macaddresses", "00:00:5e:00:53:f4,00:00:5e:00:53:f5", "bondmode", "balance-rr"),
                "bondmode must be active-backup or 802.3ad");
    }

    @Test
    void tokenLifetimesAreBounded() {
        NetbootHostResponse h = f.host(rack1, "probe-1", "00:00:5e:00:53:f9");
        paramError(() -> f.call(ProvisionNetbootHostCmd.class, Object.class, "id", h.getId(), "probe", "true",
                "reboot", "false", "tokenlifetime", "2147483647"), "tokenlifetime must be between 1 s and 7 days");
    }

    @SuppressWarnings("unchecked")
    private static NetbootNetworkResponse network(String id) {
        ListResponse<NetbootNetworkResponse> list = f.call(ListNetbootNetworksCmd.class, ListResponse.class, "id", id);
        return list.getResponses().get(0);
    }

    @Test
    void aNetworkChangeNeverStrandsAPlannedAddress() {
        String net = f.network("rack9").getId();
        String address = f.host(net, "strand-1", "00:00:5e:00:53:fa").getIpAddress();
        NetbootNetworkResponse before = network(net);
        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", net,
                "poolstart", address, "poolend", address),
                "poolstart would strand the planned addresses of 1 host(s): strand-1 (" + address
                        + " is inside the DHCPv6 pool");
        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", net,
                "bootserver", address), "bootserver would strand the planned addresses of 1 host(s)");
        paramError(() -> f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", net,
                "prefix", "2001:db8:ffff:9::/64", "bootserver", "2001:db8:ffff:9::2", "dnsservers", "2001:db8:ffff:9::53",
                "poolstart", "2001:db8:ffff:9::1000", "poolend", "2001:db8:ffff:9::1fff"),
                "prefix would strand the planned addresses of 1 host(s): strand-1 (" + address + " is outside");
        NetbootNetworkResponse after = network(net);
        assertThat(after.getPoolStart()).as("a refused change changes nothing").isEqualTo(before.getPoolStart());
        assertThat(f.call(UpdateNetbootNetworkCmd.class, NetbootNetworkResponse.class, "id", net, "name", "rack9b")
                .getName()).as("a change that strands nothing goes through").isEqualTo("rack9b");
    }
}
