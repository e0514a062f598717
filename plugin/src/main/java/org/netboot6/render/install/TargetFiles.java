package org.netboot6.render.install;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.netboot6.model.HostNetwork;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsFamily;
import org.netboot6.model.SshPublicKey;
import org.netboot6.render.hostnet.IfupdownRenderer;
import org.netboot6.render.hostnet.NetplanRenderer;
import org.netboot6.render.hostnet.NetworkManagerRenderer;
import org.netboot6.render.hostnet.RenderedFile;

/**
 * The files a late step writes into the installed system, and the shell commands that write them. Contents travel
 * base64-encoded, so no byte of a file can end the command, the quoting or the answer-file line around it.
 */
final class TargetFiles {
    private TargetFiles() {
    }

    /** The host-network files for the family's network stack (FR-02, FR-03, FR-06). */
    static List<RenderedFile> network(OsFamily family, HostNetwork net) {
        switch (family) {
            case DEBIAN:
                return new IfupdownRenderer().render(net);
            case UBUNTU:
                return new NetplanRenderer().render(net);
            case EL:
                return new NetworkManagerRenderer().render(net);
            default:
                throw new IllegalStateException("no network stack for " + family);
        }
    }

    /** authorized_keys for the account, root's or the user's (none when it logs in by password only). */
    static List<RenderedFile> authorizedKeys(LoginAccount account) {
        if (account.sshKeys().isEmpty()) {
            return List.of();
        }
        String home = account.isRoot() ? "/root" : "/home/" + account.name();
        return List.of(new RenderedFile(home + "/.ssh/authorized_keys", "0600", account.sshKeys().stream()
                .map(SshPublicKey::line).collect(Collectors.joining("\n", "", "\n"))));
    }

    /** A sudoers drop-in for a key-only user, who has no password to give sudo. */
    static List<RenderedFile> sudoers(LoginAccount account) {
        if (account.isRoot() || account.passwordHash().isPresent()) {
            return List.of();
        }
        return List.of(new RenderedFile("/etc/sudoers.d/netboot6-" + account.name(), "0440",
                account.name() + " ALL=(ALL) NOPASSWD:ALL\n"));
    }

    /**
     * One POSIX shell command per file, run inside the installed system: {@code mkdir -p DIR && echo BASE64 |
     * base64 -d > PATH && chmod MODE PATH}. Only path characters, base64 and octal digits appear, nothing a shell or
     * an enclosing double-quoted string would interpret.
     */
    static List<String> writeCommands(List<RenderedFile> files) {
        List<String> commands = new ArrayList<>();
        for (RenderedFile f : files) {
            String b64 = Base64.getEncoder().encodeToString(f.content().getBytes(StandardCharsets.UTF_8));
            commands.add("mkdir -p " + f.directory() + " && echo " + b64 + " | base64 -d > " + f.path()
                    + " && chmod " + f.mode() + " " + f.path());
        }
        return commands;
    }

    /** Gives a user's home files to the user (they were written as root). */
    static List<String> ownership(LoginAccount account) {
        return account.isRoot() || account.sshKeys().isEmpty() ? List.of()
                : List.of("chown -R " + account.name() + ":" + account.name() + " /home/" + account.name() + "/.ssh");
    }
}
