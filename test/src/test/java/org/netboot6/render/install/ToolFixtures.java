package org.netboot6.render.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.netboot6.lab.Commands;
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
import org.netboot6.model.PackageName;
import org.netboot6.model.PasswordHash;
import org.netboot6.model.SshPublicKey;
import org.netboot6.model.Token;
import org.netboot6.render.ConfigFile;
import org.netboot6.render.hostnet.RenderedFile;

/**
 * Inputs for the real-tool checks: FR-03's ports (02:00:00:00:00:01 primary, :02), a /64 with a link-local
 * router, every install shape (single NIC or bond, static or SLAAC, root or a key-only user).
 */
public final class ToolFixtures {
    public static final Mac PRIMARY = Mac.parse("02:00:00:00:00:01");
    public static final Mac SECOND = Mac.parse("02:00:00:00:00:02");
    static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f ops@example";
    static final String SHA512 = "$6$saltsalt$TVLlQcbpFVof5W3Yz4DTP6gRstiNuHwwTt6GLc1E5n0U0aDehy0S5knV8wiOQSpT0Y77vwPZN.Pq.H91p5hVO1";
    static final Token TOKEN = Token.parse("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");

    private ToolFixtures() {
    }

    /** Every host shape, for a test to run each through its tool. */
    public static List<HostLink> links() {
        return List.of(HostLink.single(PRIMARY), HostLink.bond(BondMode.LACP, List.of(PRIMARY, SECOND)),
                HostLink.bond(BondMode.ACTIVE_BACKUP, List.of(PRIMARY, SECOND)));
    }

    public static BootNetwork network() {
        return BootNetwork.builder().name("rack1").interfaceName("br0")
                .prefix(Ipv6Prefix.parse("2001:db8:0:1::/64")).router(Ipv6Address.parse("fe80::1"))
                .bootServer(Ipv6Address.parse("2001:db8:0:1::2"))
                .dnsServer(Ipv6Address.parse("2001:db8:0:1::53")).dnsServer(Ipv6Address.parse("2001:db8::53"))
                .searchDomain(DomainName.parse("d", "lab.example")).build();
    }

    public static HostNetwork hostNetwork(HostLink link, AddressingMode mode) {
        return HostNetwork.on(network(), Hostname.parse("node-07"), link, mode,
                Ipv6Address.parse("2001:db8:0:1:8a2e:370:7334:1"));
    }

    /** The same on a boot network that delivers no DNS servers (allowed: URLs then use literals only). */
    public static HostNetwork hostNetworkWithoutDns(HostLink link, AddressingMode mode) {
        return HostNetwork.on(network().toBuilder().clearDnsServers().clearSearchDomains().build(),
                Hostname.parse("node-07"), link, mode, Ipv6Address.parse("2001:db8:0:1:8a2e:370:7334:1"));
    }

    static LoginAccount account(boolean root) {
        List<SshPublicKey> keys = List.of(SshPublicKey.parse("k", KEY));
        return root ? LoginAccount.of("root", keys, PasswordHash.parse("h", SHA512)) : LoginAccount.of("ops", keys, null);
    }

    /** {@code disk} null: /dev/vda for Debian and EL, the installer's choice for Ubuntu. */
    static InstallProfile profile(OsRelease release, AddressingMode mode, boolean root, String disk) {
        InstallProfile.Builder b = InstallProfile.builder().name("p").release(release).addressing(mode)
                .kernelUrl(url("http://[2001:db8:0:1::2]:8080/images/linux"))
                .initrdUrl(url("http://[2001:db8:0:1::2]:8080/images/initrd.gz"))
                .account(account(root)).addPackage(PackageName.parse("p", "vim"));
        switch (release.family()) {
            case DEBIAN:
                return b.mirror(url("http://deb.mirror.example/debian")).disk(disk == null ? "/dev/vda" : disk).build();
            case UBUNTU:
                return b.mirror(url("http://archive.mirror.example/ubuntu"))
                        .isoUrl(url("http://[2001:db8:0:1::2]:8080/images/live-server.iso")).disk(disk).build();
            default:
                return b.mirror(url("http://rpm.mirror.example/rocky/9/BaseOS/x86_64/os"))
                        .disk(disk == null ? "/dev/vda" : disk).build();
        }
    }

    static InstallRequest request(OsRelease release, HostLink link, AddressingMode mode, boolean root) {
        return request(release, link, mode, root, null);
    }

    static InstallRequest request(OsRelease release, HostLink link, AddressingMode mode, boolean root, String disk) {
        BootHost host = new BootHost(7, "0b5c1f0e-1111-4a4a-8888-000000000007", 1, PRIMARY, Hostname.parse("node-07"),
                null, HostState.PROVISIONING);
        return new InstallRequest(network(), host, hostNetwork(link, mode), profile(release, mode, root, disk), TOKEN);
    }

    static BootUrl url(String s) {
        return BootUrl.parse("url", s);
    }

    /** Writes rendered files under {@code root} with their modes, as a late step would. */
    public static void install(Path root, List<RenderedFile> files) throws IOException {
        for (RenderedFile f : files) {
            Path p = root.resolve(f.path().substring(1));
            Files.createDirectories(p.getParent());
            ConfigFile.write(p, f::content);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(rwx(f.mode())));
        }
    }

    private static String rwx(String octal) {
        StringBuilder sb = new StringBuilder();
        for (char c : octal.substring(1).toCharArray()) {
            int d = c - '0';
            sb.append((d & 4) != 0 ? 'r' : '-').append((d & 2) != 0 ? 'w' : '-').append((d & 1) != 0 ? 'x' : '-');
        }
        return sb.toString();
    }

    /** Fails (never skips) when the tool's package is missing: a check that did not run must not look like a pass. */
    public static void requireTool(String tool, String debianPackage) {
        Commands.Result r = Commands.tryRun("sh", "-c", "command -v " + tool);
        if (r.exitCode != 0) {
            throw new AssertionError(tool + " is not installed: apt-get install " + debianPackage
                    + " (dev/test.sh installs it)");
        }
    }
}
