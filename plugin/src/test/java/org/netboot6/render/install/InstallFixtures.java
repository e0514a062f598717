package org.netboot6.render.install;

import java.util.List;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BondMode;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.DomainName;
import org.netboot6.model.HostLink;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.HostState;
import org.netboot6.model.Hostname;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.Mac;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PasswordHash;
import org.netboot6.model.SshPublicKey;
import org.netboot6.model.Token;

/** Shared inputs for the installer and host-network tests: FR-03's two ports, the lab's /64, fixed token. */
public final class InstallFixtures {
    public static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f ops@example";
    public static final String SHA512 = "$6$saltsalt$TVLlQcbpFVof5W3Yz4DTP6gRstiNuHwwTt6GLc1E5n0U0aDehy0S5knV8wiOQSpT0Y77vwPZN.Pq.H91p5hVO1";
    public static final Mac P9P1 = Mac.parse("02:00:00:00:00:01");
    public static final Mac P10P1 = Mac.parse("02:00:00:00:00:02");
    public static final Ipv6Address PLANNED = Ipv6Address.parse("2001:db8:0:1:8a2e:370:7334:1");
    public static final Token TOKEN = Token.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    public static final String BASE = "http://[2001:db8:0:1::2]:8080/netboot6";

    private InstallFixtures() {
    }

    public static BootNetwork network() {
        return BootNetwork.builder().name("rack1").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2")).bootPort(8080)
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).dnsServer(Ipv6Address.parse("2001:db8::53"))
                .searchDomain(DomainName.parse("d", "lab.example")).build();
    }

    public static BootHost host() {
        return new BootHost(7, "0b5c1f0e-1111-4a4a-8888-000000000007", 1, P9P1, Hostname.parse("node-07"), null,
                HostState.PROVISIONING);
    }

    public static HostLink bond(BondMode mode) {
        return HostLink.bond(mode, List.of(P9P1, P10P1));
    }

    public static HostNetwork hostNetwork(HostLink link, AddressingMode mode) {
        return HostNetwork.on(network(), Hostname.parse("node-07"), link, mode, PLANNED);
    }

    public static LoginAccount root() {
        return LoginAccount.of("root", List.of(SshPublicKey.parse("key", KEY)), PasswordHash.parse("hash", SHA512));
    }

    public static InstallProfile.Builder profile(OsRelease release) {
        InstallProfile.Builder b = InstallProfile.builder().name("p-" + release.id()).release(release)
                .kernelUrl(url("http://[2001:db8:0:1::2]:8080/images/" + release.id() + "/linux"))
                .initrdUrl(url("http://[2001:db8:0:1::2]:8080/images/" + release.id() + "/initrd.gz"))
                .account(root());
        switch (release.family()) {
            case DEBIAN:
                return b.mirror(url("http://deb.mirror.example/debian"));
            case UBUNTU:
                return b.mirror(url("http://archive.mirror.example/ubuntu"))
                        .isoUrl(url("http://[2001:db8:0:1::2]:8080/images/ubuntu-" + release.version() + "-live-server-amd64.iso"));
            default:
                return b.mirror(url("http://rpm.mirror.example/rocky/9/BaseOS/x86_64/os"));
        }
    }

    public static InstallRequest request(InstallProfile profile, HostLink link) {
        return new InstallRequest(network(), host(), hostNetwork(link, profile.addressing()), profile, TOKEN);
    }

    public static BootUrl url(String s) {
        return BootUrl.parse("url", s);
    }
}
