package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostLink;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.Mac;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PackageName;
import org.netboot6.model.SshPublicKey;

class InstallRenderersTest {
    private static final String DONE = InstallFixtures.BASE + "/done/" + InstallFixtures.TOKEN.value();
    private static final Pattern B64 = Pattern.compile("echo ([A-Za-z0-9+/=]+) \\| base64 -d > (\\S+)");

    private static InstallRequest request(OsRelease release, HostLink link) {
        return InstallFixtures.request(InstallFixtures.profile(release).build(), link);
    }

    /** What the late step writes, decoded: path -> content. */
    private static java.util.Map<String, String> written(String text) {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        Matcher m = B64.matcher(text);
        while (m.find()) {
            files.put(m.group(2), new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void preseedIsOneDebconfLinePerQuestionAndEndsWithTheCallback() {
        String p = new PreseedRenderer().render(request(OsRelease.DEBIAN_12, InstallFixtures.bond(BondMode.LACP)));
        for (String line : p.split("\n")) {
            assertThat(line).matches("(# .*|(d-i|tasksel|popularity-contest) [a-z0-9/_.-]+ "
                    + "(string|select|boolean|password|multiselect|note)( .*)?)");
        }
        assertThat(p).contains("d-i netcfg/choose_interface select 02:00:00:00:00:01\n",
                "d-i mirror/http/hostname string deb.mirror.example\n", "d-i mirror/http/directory string /debian\n",
                "d-i mirror/suite string bookworm\n", "d-i passwd/root-password-crypted password " + InstallFixtures.SHA512 + "\n",
                "d-i pkgsel/include string openssh-server ifenslave\n");
        String late = p.substring(p.indexOf("d-i preseed/late_command string "));
        assertThat(late).endsWith(" && in-target update-initramfs -u && wget -q -O /dev/null " + DONE + "\n");
        java.util.Map<String, String> files = written(late);
        assertThat(files.get("/etc/network/interfaces")).contains("hwaddress ether 02:00:00:00:00:01");
        assertThat(files.get("/etc/dhcp/dhclient.conf")).contains("send dhcp6.client-id 00:03:00:01:02:00:00:00:00:01;");
        assertThat(files.get("/root/.ssh/authorized_keys")).isEqualTo(InstallFixtures.KEY + "\n");
        assertThat(new PreseedRenderer().render(request(OsRelease.DEBIAN_13, HostLink.single(InstallFixtures.P9P1))))
                .contains("d-i mirror/suite string trixie\n", "d-i pkgsel/include string openssh-server\n");
    }

    /**
     * FR-06: d-i keeps autoconfiguration (SLAAC + bounded DHCPv6 wait) on the install link, and the installed system
     * gets a deterministic DHCPv6 identity and stable, non-privacy addresses from the late command.
     */
    @Test
    void fr06DebianInstallKeepsSlaacAndPinsTheTargetsIdentity() {
        String p = new PreseedRenderer().render(request(OsRelease.DEBIAN_12, HostLink.single(InstallFixtures.P9P1)));
        assertThat(p).contains("d-i netcfg/dhcpv6_timeout string 10\n").doesNotContain("netcfg/disable_autoconfig")
                .doesNotContain("netcfg/use_autoconfig");
        java.util.Map<String, String> files = written(p);
        assertThat(files.get("/etc/dhcp/dhclient.conf")).contains("send dhcp6.client-id 00:03:00:01:02:00:00:00:00:01;\n");
        assertThat(files.get("/etc/sysctl.d/60-netboot6-ipv6.conf")).contains("net.ipv6.conf.default.use_tempaddr = 0\n");
        assertThat(files.get("/etc/network/interfaces")).contains("\taddress 2001:db8:0:1:8a2e:370:7334:1/64\n");
    }

    @Test
    void preseedForAKeyOnlyUserLocksThePasswordAndGrantsSudo() {
        LoginAccount ops = LoginAccount.of("ops", List.of(SshPublicKey.parse("k", InstallFixtures.KEY)), null);
        String p = new PreseedRenderer().render(InstallFixtures.request(InstallFixtures.profile(OsRelease.DEBIAN_12)
                .account(ops).addPackage(PackageName.parse("p", "htop")).build(), HostLink.single(InstallFixtures.P9P1)));
        assertThat(p).contains("d-i passwd/root-login boolean false\n", "d-i passwd/username string ops\n",
                "d-i passwd/user-password-crypted password !\n", "d-i pkgsel/include string openssh-server sudo htop\n",
                "in-target sh -c \"chown -R ops:ops /home/ops/.ssh\"");
        assertThat(written(p)).containsEntry("/etc/sudoers.d/netboot6-ops", "ops ALL=(ALL) NOPASSWD:ALL\n")
                .containsEntry("/home/ops/.ssh/authorized_keys", InstallFixtures.KEY + "\n");
    }

    @Test
    void autoinstallCarriesNetworkMirrorAccountAndCallback() {
        AutoinstallRenderer a = new AutoinstallRenderer();
        InstallRequest r = request(OsRelease.UBUNTU_24_04, InstallFixtures.bond(BondMode.ACTIVE_BACKUP));
        String ud = a.userData(r);
        assertThat(ud).startsWith("#cloud-config\nautoinstall:\n  version: 1\n")
                .contains("  network:\n    version: 2\n    renderer: \"networkd\"\n",
                        "      - arches:\n          - \"default\"\n        uri: \"http://archive.mirror.example/ubuntu\"\n",
                        "        hashed_passwd: \"" + InstallFixtures.SHA512 + "\"\n",
                        "        ssh_authorized_keys:\n          - \"" + InstallFixtures.KEY + "\"\n",
                        "    - \"wget -q -O /dev/null " + DONE + "\"\n");
        assertThat(written(ud.replace("\\\"", "\""))).containsKeys("/etc/netplan/50-netboot6.yaml",
                "/etc/systemd/networkd.conf.d/50-netboot6-duid.conf", "/etc/sysctl.d/60-netboot6-ipv6.conf");
        assertThat(ud.indexOf("rm -f /target/etc/netplan/00-installer-config.yaml")).isLessThan(ud.indexOf("50-netboot6"));
        assertThat(a.metaData(r)).isEqualTo("instance-id: \"netboot6-node-07\"\nlocal-hostname: \"node-07\"\n");
    }

    @Test
    void kickstartIsIpv6OnlyAndCallsBackLast() {
        String ks = new KickstartRenderer().render(request(OsRelease.EL_9, InstallFixtures.bond(BondMode.LACP)));
        assertThat(ks).contains("url --url=http://rpm.mirror.example/rocky/9/BaseOS/x86_64/os\n",
                "network --device=02:00:00:00:00:01 --noipv4 --onboot=yes --activate"
                        + " --ipv6=2001:db8:0:1:8a2e:370:7334:1/64 --ipv6gateway=fe80::1"
                        + " --nameserver=2001:db8:0:1::53,2001:db8::53 --hostname=node-07.lab.example\n",
                "rootpw --iscrypted " + InstallFixtures.SHA512 + "\n",
                "sshkey --username=root \"" + InstallFixtures.KEY + "\"\n",
                "%post --erroronfail --log=/root/netboot6-post.log\n")
                .endsWith("%post --nochroot --erroronfail\ncurl -fsS -o /dev/null " + DONE + "\n%end\n");
        assertThat(written(ks).get("/etc/NetworkManager/system-connections/netboot6-bond0.nmconnection"))
                .contains("cloned-mac-address=02:00:00:00:00:01", "dhcp-duid=00:03:00:01:02:00:00:00:00:01");
        assertThat(ks.split("\n%end\n", -1)).hasSize(4);
    }

    @Test
    void eachRendererRefusesTheOtherFamilies() {
        InstallRequest debian = request(OsRelease.DEBIAN_12, HostLink.single(InstallFixtures.P9P1));
        assertThatThrownBy(() -> new KickstartRenderer().render(debian)).hasMessageContaining("debian-12");
        assertThatThrownBy(() -> new AutoinstallRenderer().userData(debian)).hasMessageContaining("debian-12");
        assertThatThrownBy(() -> new PreseedRenderer().render(request(OsRelease.EL_9, HostLink.single(InstallFixtures.P9P1))))
                .hasMessageContaining("el-9");
    }

    @Test
    void inconsistentRequestsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> InstallFixtures.request(InstallFixtures.profile(OsRelease.DEBIAN_12).build(),
                HostLink.single(Mac.parse("02:00:00:00:00:99")))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("hostNetwork.link"));
        assertThatThrownBy(() -> new InstallRequest(InstallFixtures.network(), InstallFixtures.host(),
                InstallFixtures.hostNetwork(HostLink.single(InstallFixtures.P9P1), AddressingMode.SLAAC),
                InstallFixtures.profile(OsRelease.DEBIAN_12).build(), InstallFixtures.TOKEN))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("hostNetwork.addressing"));
    }
}
