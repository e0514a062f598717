package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.netboot6.render.install.InstallFixtures;

class InstallModelTest {

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void cryptHashesOfTheThreeKindsAreAccepted() {
        assertThat(PasswordHash.parse("h", InstallFixtures.SHA512).value()).isEqualTo(InstallFixtures.SHA512);
        assertThat(PasswordHash.parse("h", "$5$saltsalt$0IyaXrmV7.sGNS6tirgqHLqX/G.FBvgkYA.lpPdS5sA").value())
                .startsWith("$5$");
        assertThat(PasswordHash.parse("h", "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7")
                .value()).startsWith("$y$");
        assertThat(PasswordHash.parse("h", InstallFixtures.SHA512).toString()).isEqualTo("$6$...");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hunter2", "$1$saltsalt$abcdefghijklmnopqrstuv", "$6$salt$short",
            "$6$saltsalt$TVLlQcbpFVof5W3Yz4DTP6gRstiNuHwwTt6GLc1E5n0U0aDehy0S5knV8wiOQSpT0Y77vwPZN.Pq.H91p5hVO1\nd-i x",
            "$6$salt\"; rm -rf /$TVLlQcbpFVof5W3Yz4DTP6gRstiNuHwwTt6GLc1E5n0U0aDehy0S5knV8wiOQSpT0Y77vwPZN.Pq.H91p5hV"})
    void plaintextAndMalformedHashesAreRefusedWithoutEchoingThem(String text) {
        assertThatThrownBy(() -> PasswordHash.parse("passwordHash", text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("passwordHash ").hasMessageContaining("plaintext passwords are refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text));
    }

    @Test
    void sshKeysAreCheckedAgainstTheirBlob() {
        assertThat(SshPublicKey.parse("k", InstallFixtures.KEY).line()).isEqualTo(InstallFixtures.KEY);
        refused(() -> SshPublicKey.parse("sshKeys[0]", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f"),
                "sshKeys[0]");
        refused(() -> SshPublicKey.parse("sshKeys[0]", "command=\"sh\" " + InstallFixtures.KEY), "sshKeys[0]");
        refused(() -> SshPublicKey.parse("sshKeys[0]", InstallFixtures.KEY + "\nssh-ed25519 AAAA x"), "sshKeys[0]");
        refused(() -> SshPublicKey.parse("sshKeys[0]", InstallFixtures.KEY.replace("ops@example", "a\"b")), "sshKeys[0]");
        refused(() -> SshPublicKey.parse("sshKeys[0]", InstallFixtures.KEY.replace("ops@example", "${x}")), "sshKeys[0]");
        refused(() -> SshPublicKey.parse("sshKeys[0]", "ssh-ed25519 !!!!"), "sshKeys[0]");
    }

    @Test
    void accountNeedsAKeyOrAHashAndAPlainName() {
        refused(() -> LoginAccount.of("root", List.of(), null), "account");
        refused(() -> LoginAccount.of("Bad Name", List.of(), PasswordHash.parse("h", InstallFixtures.SHA512)),
                "account.name");
        refused(() -> LoginAccount.of("ops\nroot", List.of(), PasswordHash.parse("h", InstallFixtures.SHA512)),
                "account.name");
        assertThat(LoginAccount.of("ops", List.of(SshPublicKey.parse("k", InstallFixtures.KEY)), null).isRoot()).isFalse();
    }

    @Test
    void profileChecksUrlsAndFamilySpecificFields() {
        refused(() -> InstallFixtures.profile(OsRelease.UBUNTU_24_04).isoUrl(null).build(), "isoUrl");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12)
                .isoUrl(InstallFixtures.url("http://[2001:db8::2]/x.iso")).build(), "isoUrl");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12)
                .mirror(InstallFixtures.url("tftp://[2001:db8::2]/debian")).build(), "mirror");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12).kernelUrl(null).build(), "kernelUrl");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12).disk("/dev/sda; reboot").build(), "disk");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12).name("a b").build(), "name");
        refused(() -> InstallFixtures.profile(OsRelease.DEBIAN_12).account(null).build(), "account");
        InstallProfile p = InstallFixtures.profile(OsRelease.EL_9).disk("/dev/disk/by-id/wwn-0x5000c500a1b2c3d4").build();
        assertThat(p.disk()).contains("/dev/disk/by-id/wwn-0x5000c500a1b2c3d4");
        assertThat(p.addressing()).isEqualTo(AddressingMode.STATIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/disk/by-id/ata-Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456X",
        "/dev/disk/by-path/pci-0000:00:1f.2-ata-1", "/dev/disk/by-path/pci-0000:00:1f.2-ata-1.0",
        "/dev/disk/by-id/nvme-eui.0025388b91d2a3c4", "/dev/disk/by-uuid/0b5c1f0e-1111-4a4a-8888-000000000007",
        "/dev/disk/by-label/ROOT", "/dev/disk/by-id/scsi-SATA_WDC_WD40EFRX-68N_WD-WCC7K1234567", "/dev/nvme0n1",
        "/dev/mapper/vg0+disk@1"})
    void realUdevDiskNamesAreAccepted(String disk) {
        assertThat(InstallFixtures.profile(OsRelease.EL_9).disk(disk).build().disk()).contains(disk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/sda,/dev/sdb", "/dev/disk/by-label/my\\x20disk", "/dev/sda\nd-i x", "/dev/sda #x",
        "/dev/sd?", "/dev/sd*", "/dev/sd[ab]", "/dev/sda=1", "/dev/$x", "/dev/\"a\"", "/dev/'a'", "/dev/../etc/passwd",
        "/dev/disk//sda", "/dev/disk/./sda", "/dev/sda/", "dev/sda", "/dev/", "/dev/.hidden", "/dev/s\u00e4",
        "/dev/disk/by-id/ata-0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567"
            + "890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012"
            + "345678901234567890123456789012345678901234567890"})
    void diskNamesThatCouldInjectAreRefused(String disk) {
        refused(() -> InstallFixtures.profile(OsRelease.EL_9).disk(disk).build(), "disk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x;y", "${x}", "'q'", "\"q\"", "#c", "a\nb", "", "[x]"})
    void kernelArgumentsAndPackagesCannotCarrySyntax(String text) {
        refused(() -> KernelArgument.parse("kernelArgs[0]", text), "kernelArgs[0]");
        refused(() -> PackageName.parse("packages[0]", text), "packages[0]");
    }

    @Test
    void releasesParseByIdOrName() {
        assertThat(OsRelease.parse("ubuntu-24.04")).isEqualTo(OsRelease.UBUNTU_24_04);
        assertThat(OsRelease.parse("DEBIAN_13").codename()).isEqualTo("trixie");
        refused(() -> OsRelease.parse("debian-11"), "release");
    }

    @Test
    void bondsNeedTwoDistinctPortsAndNameThemStably() {
        HostLink bond = InstallFixtures.bond(BondMode.LACP);
        assertThat(bond.primary()).isEqualTo(InstallFixtures.P9P1);
        assertThat(bond.portName(1)).isEqualTo("nb6p1");
        assertThat(bond.interfaceName()).isEqualTo("bond0");
        assertThat(HostLink.single(InstallFixtures.P10P1).interfaceName()).isEqualTo("nb6p0");
        refused(() -> HostLink.bond(BondMode.LACP, List.of(InstallFixtures.P9P1)), "link.ports");
        refused(() -> HostLink.bond(BondMode.LACP, List.of(InstallFixtures.P9P1, InstallFixtures.P9P1)), "link.ports");
        refused(() -> HostLink.bond(null, List.of(InstallFixtures.P9P1, InstallFixtures.P10P1)), "link.bondMode");
        assertThat(HostLink.of(List.of(InstallFixtures.P9P1), null).isBond()).isFalse();
        assertThat(HostLink.of(List.of(InstallFixtures.P9P1, InstallFixtures.P10P1), BondMode.ACTIVE_BACKUP).bondMode())
                .contains(BondMode.ACTIVE_BACKUP);
        refused(() -> HostLink.of(List.of(InstallFixtures.P9P1, InstallFixtures.P10P1), null), "link.bondMode");
        refused(() -> HostLink.of(List.of(), BondMode.LACP), "link.ports");
    }

    @Test
    void hostNetworkRefusesAnAddressOutsideThePrefixOrOnAServer() {
        BootNetwork net = InstallFixtures.network();
        HostLink link = HostLink.single(InstallFixtures.P9P1);
        Hostname h = Hostname.parse("node-07");
        refused(() -> HostNetwork.on(net, h, link, AddressingMode.STATIC, Ipv6Address.parse("2001:db8:0:2::5")), "address");
        refused(() -> HostNetwork.on(net, h, link, AddressingMode.STATIC, net.bootServer()), "address");
        refused(() -> HostNetwork.on(net, h, link, null, InstallFixtures.PLANNED), "addressing");
        assertThat(HostNetwork.on(net, h, link, AddressingMode.SLAAC, InstallFixtures.PLANNED).addressWithLength())
                .isEqualTo("2001:db8:0:1:8a2e:370:7334:1/64");
    }
}
