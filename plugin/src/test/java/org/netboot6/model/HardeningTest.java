package org.netboot6.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs a newcomer found the API accepted although they would break or subvert a boot. */
class HardeningTest {

    private static BootNetwork.Builder network(String prefix) {
        return BootNetwork.builder().name("n").interfaceName("br0").prefix(Ipv6Prefix.parse(prefix))
                .router(Ipv6Address.parse("fe80::1")).bootServer(Ipv6Address.parse("2001:db8:0:1::2"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff02::/64", "fe80::/64", "::/64"})
    void aBootNetworkPrefixIsUnicast(String prefix) {
        assertThatThrownBy(() -> network(prefix).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("prefix must be a global or unique-local unicast /64");
    }

    @Test
    void dnsServersDoNotRepeat() {
        assertThatThrownBy(() -> network("2001:db8:0:1::/64").dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).build())
                .hasMessageStartingWith("dnsServers[1] repeats 2001:db8:0:1::53");
    }

    @Test
    void searchDomainsDoNotRepeatInAnyCase() {
        assertThatThrownBy(() -> network("2001:db8:0:1::/64").searchDomain(DomainName.parse("d", "a.example"))
                .searchDomain(DomainName.parse("d", "A.example")).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("searchDomains[1] repeats a.example");
    }

    @Test
    void sshKeysDoNotRepeatEvenUnderAnotherComment() {
        String key = org.netboot6.render.install.InstallFixtures.KEY;
        java.util.List<SshPublicKey> twice = java.util.List.of(SshPublicKey.parse("k", key),
                SshPublicKey.parse("k", key.replace("ops@example", "other@example")));
        assertThatThrownBy(() -> LoginAccount.of("root", twice, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("account.sshKeys[1] repeats ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("account.sshKeys[1]"));
        assertThatThrownBy(() -> LoginAccount.of("root", java.util.List.of(twice.get(0), twice.get(0)), null))
                .hasMessageStartingWith("account.sshKeys[1] repeats");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---", "--", "preseed/url=http://evil.example/p", "auto=true", "ks=http://evil.example/k",
        "inst.ks=http://evil.example/k", "url=http://evil.example/i.iso", "ds=nocloud-net", "netcfg/get_hostname=x",
        "ip=dhcp6", "BOOTIF=01-00-00-5e-00-53-01",
        // d-i aliases and long forms of what netboot6 sets
        "hostname=evil", "domain=evil.example", "interface=eth1", "auto-install/enable=true", "debconf/priority=low",
        "file=/cdrom/p.cfg", "preseed-md5=0123", "locale=de_DE", "keymap=de", "debian-installer/locale=de_DE",
        "keyboard-configuration/xkb-keymap=de", "mirror/http/proxy=http://proxy.example", "suite=sid",
        "d-i:preseed/url=http://evil.example/p", "classes=x",
        // casper, subiquity, cloud-init
        "autoinstall", "iso-url=http://evil.example/i.iso", "ci.ds=nocloud", "cloud-config-url=http://evil.example/c",
        "network-config=e30K", "cc:", "end_cc",
        // dracut, anaconda
        "ks", "repo=http://evil.example/os", "inst.stage2=http://evil.example/os", "inst.graphical", "ifname=x:52-54-00-12-34-56",
        "nameserver=2001:db8::53", "bootdev=eth1", "inst.lang=de_DE"})
    void extraKernelArgumentsCannotOverrideWhatNetboot6Sets(String arg) {
        assertThatThrownBy(() -> KernelArgument.parse("kernelargs", arg)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("kernelargs must not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwd/root-password=hunter2", "passwd/user-password-again=hunter2",
        "passwd/root-password-crypted=$6$x", "d-i:passwd/user-password=hunter2", "grub-installer/password=hunter2",
        "partman-crypto/passphrase=hunter2", "inst.vncpassword=hunter2", "inst.rdp.password=hunter2", "rootpw=hunter2",
        "inst.addrepo=extra,http://ops:hunter2@repo.example/el9", "mirror/http/proxy=http://ops:hunter2@proxy.example",
        "passwd/root-password=hunter 2#"})
    void noKernelArgumentCarriesAPasswordAndNoneIsEchoed(String arg) {
        assertThatThrownBy(() -> KernelArgument.parse("kernelargs", arg)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("kernelargs must not carry a password or credentials")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter"));
    }

    @Test
    void ordinaryKernelArgumentsStayAllowed() {
        assertThat(KernelArgument.parse("kernelargs", "console=ttyS0,115200n8").toString()).isEqualTo("console=ttyS0,115200n8");
        assertThat(KernelArgument.parse("kernelargs", "net.ifnames=0").toString()).isEqualTo("net.ifnames=0");
        for (String ok : new String[] {"fb=false", "debian-installer/framebuffer=false", "inst.ks.sendmac", "rd.neednet=1",
            "inst.sshd", "nomodeset", "tasksel:tasksel/first=standard"}) {
            assertThat(KernelArgument.parse("kernelargs", ok).toString()).isEqualTo(ok);
        }
    }

    @Test
    void aMistypedTokenIsNotEchoedWhole() {
        String almost = "2L-TLvUzQDAwRmAy5NhFbAj5l_MGuob5GwTizX4Nm3Yx";
        assertThatThrownBy(() -> Token.parse(almost)).hasMessage("token is not a netboot6 token: \"2L-TLv...\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"daemon", "nobody", "www-data", "sshd", "systemd-network", "_apt"})
    void theLoginAccountIsNotASystemAccount(String name) {
        assertThatThrownBy(() -> LoginAccount.of(name, java.util.List.of(), PasswordHash.parse("h", "$6$saltsalt$" + "A".repeat(86))))
                .hasMessageStartingWith("account.name is a system account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://1.2.3/debian", "http://192.0.2.1./debian", "http://3221225985/debian",
        "http://0xc0.0.2.1/debian", "http://mirror.0x1/debian", "https://10.1:8080/debian", "http://mirror.example.42/d"})
    void aUrlHostThatParsersReadAsIpv4IsRefused(String url) {
        assertThatThrownBy(() -> BootUrl.parse("mirror", url)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("mirror uses an IPv4 address on an IPv6-only network");
    }

    @Test
    void numbersInsideADnsNameStayAllowed() {
        assertThat(BootUrl.parse("mirror", "http://1.mirror.example/debian").toString())
                .isEqualTo("http://1.mirror.example/debian");
        assertThat(BootUrl.parse("mirror", "http://mirror.0xdeb.example/debian").dnsName()).isPresent();
    }

    @Test
    void theBootInterfaceIsNotLoopback() {
        assertThatThrownBy(() -> network("2001:db8:0:1::/64").interfaceName("lo").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("interfaceName must be the interface on the boot link, not the loopback");
        assertThat(network("2001:db8:0:1::/64").interfaceName("lo0").build().interfaceName()).isEqualTo("lo0");
    }

    @Test
    void bondModesByKernelName() {
        assertThat(BondMode.parse("bondmode", "802.3ad")).isEqualTo(BondMode.LACP);
        assertThat(BondMode.parse("bondmode", "LACP")).isEqualTo(BondMode.LACP);
        assertThat(BondMode.parse("bondmode", "active-backup")).isEqualTo(BondMode.ACTIVE_BACKUP);
        assertThatThrownBy(() -> BondMode.parse("bondmode", "balance-rr")).hasMessageStartingWith("bondmode must be");
    }
}
