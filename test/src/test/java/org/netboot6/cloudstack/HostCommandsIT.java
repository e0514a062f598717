package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.netboot6.cloudstack.ApiAssertions.paramError;

import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.ListNetbootHostsCmd;
import org.netboot6.cloudstack.api.command.RemoveNetbootHostCmd;
import org.netboot6.cloudstack.api.command.UpdateNetbootHostCmd;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;

import com.cloud.host.Host;
import com.cloud.vm.VirtualMachine;

/** addNetbootHost, listNetbootHosts, updateNetbootHost, removeNetbootHost on MariaDB. */
class HostCommandsIT {
    private static final String CS_HOST = "7a1e3b2c-0000-4000-8000-000000000001";
    private static final String CS_VM = "9b2f4c3d-0000-4000-8000-000000000002";
    private static final String NOWHERE = "0c2d1f6e-0000-4000-8000-000000000000";
    private static CommandFixture f;
    private static String network;

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("hostcmd");
        network = f.network("hosts").getId();
        when(f.entities.findByUuid(Host.class, CS_HOST)).thenReturn(mock(Host.class));
        when(f.entities.findByUuid(VirtualMachine.class, CS_VM)).thenReturn(mock(VirtualMachine.class));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static ListResponse<NetbootHostResponse> list(String... params) {
        return f.call(ListNetbootHostsCmd.class, ListResponse.class, params);
    }

    @Test
    void aBondedBareMetalHostLinkedToACloudStackHost() {
        NetbootHostResponse h = f.host(network, "bm1", "52:54:00:01:00:01,52-54-00-01-00-02", "hostid", CS_HOST,
                "smbiosuuid", "4c4c4544-0032-4a10-8039-b4c04f4d3232");

        assertThat(h.getResponseName()).isEqualTo("addnetboothostresponse");
        assertThat(h.getKind()).isEqualTo("BAREMETAL");
        assertThat(h.getState()).isEqualTo("READY");
        assertThat(h.getMacAddresses()).containsExactly("52:54:00:01:00:01", "52:54:00:01:00:02");
        assertThat(h.getHostId()).isEqualTo(CS_HOST);
        assertThat(h.getNetworkId()).isEqualTo(network);
        assertThat(h.getNetworkName()).isEqualTo("hosts");
    }

    @Test
    void aGuestVmNic() {
        NetbootHostResponse h = f.host(network, "vm1", "52:54:00:02:00:01", "virtualmachineid", CS_VM);

        assertThat(h.getKind()).isEqualTo("GUEST_VM");
        assertThat(h.getVirtualMachineId()).isEqualTo(CS_VM);
    }

    @Test
    void badValuesAndUnknownIdsNameTheirParameter() {
        paramError(() -> f.host(network, "x1", "52:54:00:03:00:01,ff:ff:ff:ff:ff:ff"), "macaddresses entry 2");
        paramError(() -> f.host(network, "x2", "52:54:00:03:00:02,52:54:00:03:00:02"), "macaddresses lists a MAC address twice");
        paramError(() -> f.host(network, "x3!", "52:54:00:03:00:03"), "hostname");
        paramError(() -> f.host(NOWHERE, "x4", "52:54:00:03:00:04"), "networkid names no boot network");
        paramError(() -> f.host(network, "x5", "52:54:00:03:00:05", "hostid", NOWHERE), "hostid names no CloudStack host");
        paramError(() -> f.host(network, "x6", "52:54:00:03:00:06", "virtualmachineid", NOWHERE),
                "virtualmachineid names no CloudStack VM");
        paramError(() -> f.host(network, "x7", "52:54:00:03:00:07", "profileid", NOWHERE), "profileid names no profile");
        paramError(() -> f.host(network, "x8", "52:54:00:03:00:08", "smbiosuuid", "not-a-uuid"), "smbiosuuid");
        paramError(() -> f.host(network, "x9", "52:54:00:03:00:09", "hostid", CS_HOST, "virtualmachineid", CS_VM),
                "hostid is for bare-metal hosts");
        assertThat(list("keyword", "x").getCount()).isZero();
    }

    @Test
    void aMacBelongsToOneHost() {
        f.host(network, "dup1", "52:54:00:04:00:01");

        paramError(() -> f.host(network, "dup2", "52:54:00:04:00:01"), "macaddresses");
    }

    @Test
    void listFiltersAndPages() {
        String other = f.network("hosts2").getId();
        for (int i = 1; i <= 4; i++) {
            f.host(other, "rack2-n" + i, "52:54:00:05:00:0" + i);
        }

        ListResponse<NetbootHostResponse> page = list("networkid", other, "page", "2", "pagesize", "3");
        assertThat(page.getCount()).isEqualTo(4);
        assertThat(page.getResponses()).hasSize(1);
        assertThat(list("networkid", other, "keyword", "N3").getResponses()).extracting(NetbootHostResponse::getHostname)
                .containsExactly("rack2-n3");
        assertThat(list("macaddress", "52-54-00-05-00-02").getResponses()).extracting(NetbootHostResponse::getHostname)
                .containsExactly("rack2-n2");
        assertThat(list("networkid", other, "state", "ready").getCount()).isEqualTo(4);
        assertThat(list("networkid", other, "state", "PROVISIONING").getCount()).isZero();
        paramError(() -> list("state", "BROKEN"), "state must be READY, PROVISIONING or DONE");
        paramError(() -> list("state", "PROV\u0131S\u0131ON\u0131NG"), "state must be READY, PROVISIONING or DONE");
        paramError(() -> list("macaddress", "nope"), "macaddress");
        paramError(() -> list("networkid", NOWHERE), "networkid names no boot network");
    }

    @Test
    void aBondedHostBecomesASingleNicHostAgain() {
        NetbootHostResponse h = f.host(network, "unbond", "52:54:00:08:00:01,52:54:00:08:00:02", "bondmode", "lacp");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "macaddresses", "52:54:00:08:00:01"), "bondmode needs at least two MAC addresses");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "clearbondmode", "true", "bondmode", "active-backup"), "clearbondmode cannot be given with bondmode");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "clearbondmode", "true"), "macaddresses are required with clearbondmode");
        assertThat(list("id", h.getId()).getResponses().get(0).getBondMode()).as("refused: unchanged").isNotNull();

        NetbootHostResponse u = f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "macaddresses", "52:54:00:08:00:01", "clearbondmode", "true");

        assertThat(u.getBondMode()).isNull();
        assertThat(u.getMacAddresses()).containsExactly("52:54:00:08:00:01");
        assertThat(u.getIpAddress()).as("the planned address stays").isEqualTo(h.getIpAddress());
    }

    @Test
    void updateAndRemove() {
        NetbootHostResponse h = f.host(network, "upd1", "52:54:00:06:00:01");
        String profile = f.profile("updprofile").getId();

        NetbootHostResponse u = f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "hostname", "upd1b", "macaddresses", "52:54:00:06:00:02,52:54:00:06:00:03", "profileid", profile);

        assertThat(u.getHostname()).isEqualTo("upd1b");
        assertThat(u.getMacAddresses()).containsExactly("52:54:00:06:00:02", "52:54:00:06:00:03");
        assertThat(u.getProfileName()).isEqualTo("updprofile");
        u = f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "smbiosuuid", "4c4c4544-0042-3510-8051-b2c04f4e3132");
        assertThat(u.getSmbiosUuid()).isEqualTo("4c4c4544-0042-3510-8051-b2c04f4e3132");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "clearprofile", "true", "profileid", profile), "clearprofile cannot be given with profileid");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "clearsmbiosuuid", "true", "smbiosuuid", "4c4c4544-0042-3510-8051-b2c04f4e3132"),
                "clearsmbiosuuid cannot be given with smbiosuuid");
        assertThat(list("id", h.getId()).getResponses().get(0).getProfileName()).as("a refused update changes nothing")
                .isEqualTo("updprofile");
        u = f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", h.getId(),
                "clearprofile", "true", "clearsmbiosuuid", "true");
        assertThat(u.getProfileName()).isNull();
        assertThat(u.getSmbiosUuid()).isNull();
        assertThat(u.getHostname()).as("the rest is kept").isEqualTo("upd1b");
        assertThat(f.call(RemoveNetbootHostCmd.class, SuccessResponse.class, "id", h.getId()).getSuccess()).isTrue();
        assertThat(list("id", h.getId()).getCount()).isZero();
        paramError(() -> f.call(RemoveNetbootHostCmd.class, SuccessResponse.class, "id", h.getId()), "id names no host");
        paramError(() -> f.call(UpdateNetbootHostCmd.class, NetbootHostResponse.class, "id", NOWHERE), "id names no host");
        // the MAC is free again
        assertThat(f.host(network, "reuse", "52:54:00:06:00:02").getHostname()).isEqualTo("reuse");
    }
}
