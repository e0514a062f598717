package org.netboot6.render.install;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.HostNetwork;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsFamily;
import org.netboot6.model.PackageName;
import org.netboot6.model.SshPublicKey;
import org.netboot6.render.hostnet.RenderedFile;

/**
 * EL 9 anaconda kickstart for one host: IPv6-only install network on the boot NIC (by MAC), the installed system's
 * NetworkManager keyfiles written in {@code %post} (bond, pinned MAC and DUID, no privacy addresses), and the done
 * callback in a last {@code %post --nochroot} that only runs when everything before it succeeded.
 */
public final class KickstartRenderer {

    public String render(InstallRequest r) {
        InstallProfile p = r.profile();
        if (p.release().family() != OsFamily.EL) {
            throw new IllegalArgumentException("a kickstart is for EL releases, profile " + p.name() + " is "
                    + p.release());
        }
        HostNetwork net = r.network();
        StringBuilder sb = new StringBuilder()
                .append("# netboot6 kickstart: ").append(net.hostname()).append(" (").append(r.bootMac())
                .append("), profile ").append(p.name()).append(", ").append(p.release()).append('\n')
                .append("text\n")
                .append("url --url=").append(p.mirror()).append('\n')
                .append("lang en_US.UTF-8\n")
                .append("keyboard --vckeymap=us\n")
                .append("timezone UTC --utc\n")
                .append(network(r)).append('\n')
                .append("firewall --enabled --service=ssh\n")
                .append("services --enabled=sshd\n");
        account(sb, p.account());
        p.disk().ifPresent(d -> sb.append("ignoredisk --only-use=").append(d).append('\n'));
        sb.append("zerombr\n")
                .append("clearpart --all --initlabel\n")
                .append("autopart\n")
                .append("bootloader\n")
                .append("firstboot --disabled\n")
                .append("reboot\n")
                .append("\n%packages\n")
                .append("@^minimal-environment\n")
                .append("openssh-server\n");
        for (PackageName pkg : p.packages()) {
            sb.append(pkg).append('\n');
        }
        sb.append("%end\n")
                .append("\n%post --erroronfail --log=/root/netboot6-post.log\n")
                .append("rm -f /etc/NetworkManager/system-connections/*.nmconnection\n");
        List<RenderedFile> files = new ArrayList<>(TargetFiles.network(OsFamily.EL, net));
        files.addAll(TargetFiles.sudoers(p.account()));
        for (String c : TargetFiles.writeCommands(files)) {
            sb.append(c).append('\n');
        }
        sb.append("restorecon -R /etc/NetworkManager /etc/systemd/network /etc/sysctl.d /etc/sudoers.d\n")
                // the .link files that name the ports must be in the initramfs too
                .append("dracut -f --regenerate-all\n")
                .append("%end\n")
                .append("\n%post --nochroot --erroronfail\n")
                .append("curl -fsS -o /dev/null ").append(r.urls().done()).append('\n')
                .append("%end\n");
        return sb.toString();
    }

    /** The install-time network: the boot NIC by MAC, IPv6 only. */
    static String network(InstallRequest r) {
        HostNetwork net = r.network();
        StringBuilder sb = new StringBuilder("network --device=").append(r.bootMac())
                .append(" --noipv4 --onboot=yes --activate");
        if (net.addressing() == AddressingMode.STATIC) {
            sb.append(" --ipv6=").append(net.addressWithLength())
                    .append(" --ipv6gateway=").append(net.gateway());
        } else {
            sb.append(" --ipv6=auto");
        }
        if (!net.dnsServers().isEmpty()) {
            sb.append(" --nameserver=").append(net.dnsServers().stream().map(Object::toString)
                    .collect(Collectors.joining(",")));
        }
        return sb.append(" --hostname=").append(r.fqdn()).toString();
    }

    private static void account(StringBuilder sb, LoginAccount a) {
        if (a.isRoot()) {
            sb.append(a.passwordHash().map(h -> "rootpw --iscrypted " + h.value()).orElse("rootpw --lock")).append('\n');
        } else {
            sb.append("rootpw --lock\n")
                    .append("user --name=").append(a.name()).append(" --groups=wheel")
                    .append(a.passwordHash().map(h -> " --iscrypted --password=" + h.value()).orElse(" --lock"))
                    .append('\n');
        }
        for (SshPublicKey k : a.sshKeys()) {
            sb.append("sshkey --username=").append(a.name()).append(" \"").append(k.line()).append("\"\n");
        }
    }
}
