package org.netboot6.render.install;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.HostNetwork;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsFamily;
import org.netboot6.model.PackageName;
import org.netboot6.render.hostnet.RenderedFile;

/**
 * debian-installer preseed (Debian 12 and 13) for one host. Every value is a validated value type, so no value can
 * hold a newline and start a new debconf line. The install link keeps SLAAC (d-i releases its DHCPv6 address after
 * netcfg, lab pitfall 10); the late command writes the installed system's network with the planned address, DUID
 * pinned and privacy addresses off, then calls {@code /done/<token>}: only a complete install reports done.
 */
public final class PreseedRenderer {
    private static final String LOCKED = "!";

    public String render(InstallRequest r) {
        InstallProfile p = r.profile();
        if (p.release().family() != OsFamily.DEBIAN) {
            throw new IllegalArgumentException("a preseed is for Debian releases, profile " + p.name() + " is "
                    + p.release());
        }
        HostNetwork net = r.network();
        StringBuilder sb = new StringBuilder()
                .append("# netboot6 preseed: ").append(net.hostname()).append(" (").append(r.bootMac())
                .append("), profile ").append(p.name()).append(", ").append(p.release()).append('\n');
        line(sb, "debian-installer/locale", "string", "en_US.UTF-8");
        line(sb, "keyboard-configuration/xkb-keymap", "select", "us");
        line(sb, "netcfg/choose_interface", "select", r.bootMac().toString());
        line(sb, "netcfg/hostname", "string", net.hostname().toString());
        line(sb, "netcfg/get_hostname", "string", net.hostname().toString());
        line(sb, "netcfg/get_domain", "string", net.domain().map(Object::toString).orElse(""));
        line(sb, "netcfg/dhcp_timeout", "string", "5");
        line(sb, "netcfg/dhcpv6_timeout", "string", "10");
        line(sb, "hw-detect/load_firmware", "boolean", "false");
        line(sb, "mirror/country", "string", "manual");
        line(sb, "mirror/protocol", "string", p.mirror().scheme());
        line(sb, "mirror/" + p.mirror().scheme() + "/hostname", "string", UrlParts.authority(p.mirror()));
        line(sb, "mirror/" + p.mirror().scheme() + "/directory", "string", UrlParts.path(p.mirror()));
        line(sb, "mirror/" + p.mirror().scheme() + "/proxy", "string", "");
        line(sb, "mirror/suite", "string", p.release().codename());
        // security and updates from the same mirror host only: other hosts may not be reachable over IPv6
        line(sb, "apt-setup/services-select", "multiselect", "updates");
        line(sb, "apt-setup/cdrom/set-first", "boolean", "false");
        line(sb, "clock-setup/utc", "boolean", "true");
        line(sb, "time/zone", "string", "UTC");
        line(sb, "clock-setup/ntp", "boolean", "false");
        account(sb, p.account());
        disk(sb, p);
        sb.append("tasksel tasksel/first multiselect standard, ssh-server\n");
        line(sb, "pkgsel/include", "string", packages(r));
        line(sb, "pkgsel/upgrade", "select", "none");
        sb.append("popularity-contest popularity-contest/participate boolean false\n");
        line(sb, "grub-installer/only_debian", "boolean", "true");
        line(sb, "grub-installer/bootdev", "string", p.disk().orElse("default"));
        line(sb, "finish-install/reboot_in_progress", "note", "");
        line(sb, "preseed/late_command", "string", lateCommand(r));
        return sb.toString();
    }

    private static void account(StringBuilder sb, LoginAccount a) {
        String hash = a.passwordHash().map(h -> h.value()).orElse(LOCKED);
        if (a.isRoot()) {
            line(sb, "passwd/root-login", "boolean", "true");
            line(sb, "passwd/make-user", "boolean", "false");
            line(sb, "passwd/root-password-crypted", "password", hash);
        } else {
            line(sb, "passwd/root-login", "boolean", "false");
            line(sb, "passwd/make-user", "boolean", "true");
            line(sb, "passwd/user-fullname", "string", a.name());
            line(sb, "passwd/username", "string", a.name());
            line(sb, "passwd/user-password-crypted", "password", hash);
        }
    }

    private static void disk(StringBuilder sb, InstallProfile p) {
        p.disk().ifPresent(d -> line(sb, "partman-auto/disk", "string", d));
        line(sb, "partman-auto/method", "string", "regular");
        line(sb, "partman-auto/choose_recipe", "select", "atomic");
        line(sb, "partman-lvm/device_remove_lvm", "boolean", "true");
        line(sb, "partman-md/device_remove_md", "boolean", "true");
        line(sb, "partman-partitioning/confirm_write_new_label", "boolean", "true");
        line(sb, "partman/choose_partition", "select", "finish");
        line(sb, "partman/confirm", "boolean", "true");
        line(sb, "partman/confirm_nooverwrite", "boolean", "true");
    }

    private static String packages(InstallRequest r) {
        List<String> names = new ArrayList<>(List.of("openssh-server"));
        if (r.network().link().isBond()) {
            names.add("ifenslave");
        }
        if (!r.profile().account().isRoot()) {
            names.add("sudo");
        }
        names.addAll(r.profile().packages().stream().map(PackageName::toString).collect(Collectors.toList()));
        return names.stream().distinct().collect(Collectors.joining(" "));
    }

    /** Commands joined by {@code &&}: a failed step stops the chain before the done callback. */
    static String lateCommand(InstallRequest r) {
        List<RenderedFile> files = new ArrayList<>(TargetFiles.network(OsFamily.DEBIAN, r.network()));
        files.addAll(TargetFiles.authorizedKeys(r.profile().account()));
        files.addAll(TargetFiles.sudoers(r.profile().account()));
        List<String> steps = new ArrayList<>();
        for (String c : TargetFiles.writeCommands(files)) {
            steps.add("in-target sh -c \"" + c + "\"");
        }
        for (String c : TargetFiles.ownership(r.profile().account())) {
            steps.add("in-target sh -c \"" + c + "\"");
        }
        // the .link files that name the ports must be in the initramfs too
        steps.add("in-target update-initramfs -u");
        steps.add("wget -q -O /dev/null " + r.urls().done());
        return String.join(" && ", steps);
    }

    private static void line(StringBuilder sb, String question, String type, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalStateException("a preseed value cannot span lines: " + question);
        }
        sb.append("d-i ").append(question).append(' ').append(type);
        if (!value.isEmpty()) {
            sb.append(' ').append(value);
        }
        sb.append('\n');
    }
}
