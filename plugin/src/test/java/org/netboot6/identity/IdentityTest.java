package org.netboot6.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;

class IdentityTest {
    private static final Mac LAB_MAC = Mac.parse("00:00:5e:00:53:01");

    @Test
    void ipxeIaidIsCrc32OfTheMacWithSeedZeroAndNoInversion() {
        // values from packet captures (lab notes §11)
        assertThat(Iaid.ipxe(LAB_MAC)).isEqualTo(0xcd434690L);
        assertThat(Iaid.ipxe(Mac.parse("52:54:00:00:00:01"))).isEqualTo(0xfbd2f061L);
    }

    @Test
    void duidLlAndLltCarryTheMac() {
        Duid ll = Duid.ll(LAB_MAC);
        assertThat(ll.toString()).isEqualTo("00:03:00:01:00:00:5e:00:53:01");
        assertThat(ll.type()).isEqualTo(Duid.LL);
        assertThat(Duid.parse("00:03:00:01:00:00:5E:00:53:01")).isEqualTo(ll);
        Duid llt = Duid.llt(LAB_MAC, 0x2a2b2c2dL);
        assertThat(llt.toString()).isEqualTo("00:01:00:01:2a:2b:2c:2d:00:00:5e:00:53:01");
        assertThat(Duid.parse(llt.toString()).mac()).contains(LAB_MAC);
        assertThat(Duid.parse("0001000100000001000000000001").mac()).contains(Mac.parse("00:00:00:00:00:01"));
    }

    @Test
    void duidUuidIsTheSmbiosUuidAsIpxeSendsIt() {
        SmbiosUuid uuid = SmbiosUuid.parse("11111111-2222-3333-4444-555555555502");
        Duid d = Duid.uuid(uuid);
        // lab capture of iPXE's client-id with qemu -uuid 11111111-2222-3333-4444-555555555502
        assertThat(d.toString()).isEqualTo("00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:02");
        assertThat(Duid.parse(d.toString()).uuid()).contains(uuid);
        assertThat(d.mac()).isEmpty();
    }

    @Test
    void duidEnCarriesTheEnterpriseNumber() {
        Duid en = Duid.en(343, new byte[] {1, 2, 3});
        assertThat(en.toString()).isEqualTo("00:02:00:00:01:57:01:02:03");
        assertThat(Duid.parse(en.toString()).enterpriseNumber()).contains(343L);
        assertThat(en.mac()).isEmpty();
    }

    @Test
    void malformedDuidsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Duid.parse("00:04:11:11")).hasMessageContaining("DUID-UUID must be 18 octets");
        assertThatThrownBy(() -> Duid.parse("00:09:00:01:02")).hasMessageContaining("unknown DUID type 9");
        assertThatThrownBy(() -> Duid.parse("00:03")).hasMessageContaining("3-130 octets");
        assertThatThrownBy(() -> Duid.parse("00:03:00:01:00:00:5e:00:53:0g")).hasMessageContaining("not colon-separated hex");
        assertThatThrownBy(() -> Duid.parse("00:03:00:01;00:00:5e:00:53:01")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Duid.parse("00:03:00:01:00:00:5e:00:53:01\n}")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eui64LinkLocalAndBack() {
        assertThat(Eui64.linkLocal(LAB_MAC)).isEqualTo(Ipv6Address.parse("fe80::200:5eff:fe00:5301"));
        assertThat(Eui64.mac(Ipv6Address.parse("fe80::200:5eff:fe00:5301"))).contains(LAB_MAC);
        assertThat(Eui64.linkLocal(Mac.parse("52:54:00:12:34:56"))).isEqualTo(Ipv6Address.parse("fe80::5054:ff:fe12:3456"));
        assertThat(Eui64.mac(Ipv6Address.parse("fe80::5054:ff:fe12:3456"))).contains(Mac.parse("52:54:00:12:34:56"));
        // stable-privacy (RFC 7217) identifiers carry no MAC
        assertThat(Eui64.mac(Ipv6Address.parse("fe80::9c1a:4bd2:7e01:33c5"))).isEmpty();
    }

    @Test
    void option79CarriesTheMacFromARelay() {
        byte[] payload = ClientLinkLayerAddress.encode(LAB_MAC);
        assertThat(payload).containsExactly(0, 1, 0, 0, 0x5e, 0, 0x53, 1);
        assertThat(ClientLinkLayerAddress.parse(payload)).isEqualTo(LAB_MAC);
        assertThatThrownBy(() -> ClientLinkLayerAddress.parse(new byte[] {0, 6, 0, 0, 0x5e, 0, 0x53, 1}))
                .hasMessageContaining("not Ethernet");
        assertThatThrownBy(() -> ClientLinkLayerAddress.parse(new byte[] {0, 1, 0, 0})).hasMessageContaining("6");
    }

    /** FR-02: firmware (DUID-LL, EUI-64 link-local) and the next stage (DUID-UUID, stable-privacy) are one MAC. */
    @Test
    void fr02BothBootStagesMapToTheSameMac() {
        Mac mac = Mac.parse("00:00:5e:00:53:10");
        Duid stage1 = Duid.parse("00:03:00:01:00:00:5e:00:53:10");
        Ipv6Address stage1Source = Ipv6Address.parse("fe80::200:5eff:fe00:5310");
        Duid stage2 = Duid.parse("00:04:11:11:11:11:22:22:33:33:44:44:55:55:55:55:55:10");
        Ipv6Address stage2Source = Ipv6Address.parse("fe80::9c1a:4bd2:7e01:33c5");

        assertThat(ClientMac.of(null, stage1, stage1Source)).contains(mac);
        assertThat(ClientMac.of(null, stage2, stage2Source)).as("DUID-UUID from a stable-privacy address").isEmpty();
        assertThat(ClientMac.of(ClientLinkLayerAddress.encode(mac), stage2, stage2Source)).as("relayed with option 79")
                .contains(mac);
        assertThat(ClientMac.of(null, stage2, Eui64.linkLocal(mac))).as("DUID-UUID from the EUI-64 link-local")
                .contains(mac);
        assertThat(stage1).isNotEqualTo(stage2);
    }

    @Test
    void reservationsByMacOnlyForUniversallyAdministeredMacs() {
        Hostname h = Hostname.parse("vm1");
        Ipv6Address a = Ipv6Address.parse("2001:db8:0:1::101");
        assertThat(HostReservation.byMac(h, LAB_MAC, a).mac()).contains(LAB_MAC);
        assertThatThrownBy(() -> HostReservation.byMac(h, Mac.parse("52:54:00:00:00:01"), a))
                .hasMessageContaining("locally administered").hasMessageContaining("reserve by DUID");
        assertThat(HostReservation.byDuid(h, Duid.ll(Mac.parse("52:54:00:00:00:01")), a).duid()).isPresent();
        assertThatThrownBy(() -> HostReservation.byDuid(h, Duid.ll(LAB_MAC), Ipv6Address.parse("fe80::1")))
                .hasMessageContaining("global unicast");
    }
}
