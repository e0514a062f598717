package org.netboot6.render.install;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.netboot6.model.InstallProfile;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsFamily;
import org.netboot6.model.PackageName;
import org.netboot6.model.SshPublicKey;
import org.netboot6.render.hostnet.NetplanRenderer;
import org.netboot6.render.hostnet.RenderedFile;
import org.netboot6.render.hostnet.YamlWriter;

/**
 * Ubuntu 22.04/24.04 subiquity autoinstall, served as a cloud-init NoCloud seed: {@code user-data} (a
 * {@code #cloud-config} whose {@code autoinstall:} key subiquity reads) and {@code meta-data}. The login account
 * goes into autoinstall's nested {@code user-data} (cloud-config for the installed system) instead of
 * {@code identity}, which would demand a password. Every string is a double-quoted YAML scalar.
 */
public final class AutoinstallRenderer {
    /** Where subiquity writes its own copy of the install network; replaced by netboot6's file. */
    private static final String INSTALLER_NETPLAN =
            "/target/etc/netplan/00-installer-config.yaml /target/etc/netplan/50-cloud-init.yaml";

    public String userData(InstallRequest r) {
        return "#cloud-config\n" + YamlWriter.write(Map.of("autoinstall", autoinstall(r)));
    }

    public String metaData(InstallRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance-id", "netboot6-" + r.network().hostname());
        m.put("local-hostname", r.network().hostname().toString());
        return YamlWriter.write(m);
    }

    /** The tree under {@code autoinstall:}. */
    Map<String, Object> autoinstall(InstallRequest r) {
        InstallProfile p = r.profile();
        if (p.release().family() != OsFamily.UBUNTU) {
            throw new IllegalArgumentException("autoinstall is for Ubuntu releases, profile " + p.name() + " is "
                    + p.release());
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("version", 1);
        a.put("refresh-installer", Map.of("update", false));
        a.put("locale", "en_US.UTF-8");
        a.put("keyboard", Map.of("layout", "us"));
        a.put("network", new NetplanRenderer().network(r.network()));
        Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("arches", List.of("default"));
        primary.put("uri", p.mirror().toString());
        Map<String, Object> apt = new LinkedHashMap<>();
        apt.put("geoip", false);
        apt.put("primary", List.of(primary));
        a.put("apt", apt);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("name", "direct");
        p.disk().ifPresent(d -> layout.put("match", Map.of("path", d)));
        a.put("storage", Map.of("layout", layout));
        Map<String, Object> ssh = new LinkedHashMap<>();
        ssh.put("install-server", true);
        ssh.put("allow-pw", p.account().passwordHash().isPresent());
        a.put("ssh", ssh);
        List<String> packages = p.packages().stream().map(PackageName::toString).collect(Collectors.toList());
        if (!packages.isEmpty()) {
            a.put("packages", packages);
        }
        a.put("user-data", targetUserData(r));
        a.put("late-commands", lateCommands(r));
        return a;
    }

    /** cloud-config for the installed system's first boot: host name and the login account. */
    Map<String, Object> targetUserData(InstallRequest r) {
        LoginAccount acc = r.profile().account();
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("hostname", r.network().hostname().toString());
        u.put("fqdn", r.fqdn());
        u.put("disable_root", !acc.isRoot());
        u.put("ssh_pwauth", acc.passwordHash().isPresent());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", acc.name());
        user.put("shell", "/bin/bash");
        user.put("lock_passwd", acc.passwordHash().isEmpty());
        acc.passwordHash().ifPresent(h -> user.put("hashed_passwd", h.value()));
        if (!acc.sshKeys().isEmpty()) {
            user.put("ssh_authorized_keys", acc.sshKeys().stream().map(SshPublicKey::line).collect(Collectors.toList()));
        }
        if (!acc.isRoot()) {
            user.put("groups", List.of("sudo"));
            if (acc.passwordHash().isEmpty()) {
                user.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
            }
        }
        u.put("users", List.of(user));
        return u;
    }

    private static List<String> lateCommands(InstallRequest r) {
        List<String> cmds = new ArrayList<>();
        cmds.add("rm -f " + INSTALLER_NETPLAN);
        List<RenderedFile> files = TargetFiles.network(OsFamily.UBUNTU, r.network());
        for (String c : TargetFiles.writeCommands(files)) {
            cmds.add("curtin in-target --target=/target -- sh -c \"" + c + "\"");
        }
        cmds.add("wget -q -O /dev/null " + r.urls().done());
        return cmds;
    }
}
