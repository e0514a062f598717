package org.netboot6.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who can log in to the installed host: root or one user with sudo, by SSH key and/or a crypted password. At least
 * one of the two is required, so an install never ends with a host nobody can reach.
 */
public final class LoginAccount {
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    /** Accounts Debian, Ubuntu and EL create themselves; the installer cannot create a user of that name. */
    private static final Set<String> SYSTEM_ACCOUNTS = Set.of("daemon", "bin", "sys", "sync", "games", "man", "lp",
            "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "messagebus",
            "sshd", "adm", "halt", "shutdown", "operator", "ftp", "polkitd", "chrony", "tss", "dbus");

    private final String name;
    private final List<SshPublicKey> sshKeys;
    private final PasswordHash passwordHash;

    private LoginAccount(String name, List<SshPublicKey> sshKeys, PasswordHash passwordHash) {
        this.name = name;
        this.sshKeys = sshKeys;
        this.passwordHash = passwordHash;
    }

    /**
     * @param name "root", or a user name ({@code [a-z_][a-z0-9_-]{0,31}}) that gets sudo while root stays locked
     * @param passwordHash may be null: then only keys log in
     */
    public static LoginAccount of(String name, List<SshPublicKey> sshKeys, PasswordHash passwordHash) {
        if (name == null || name.isEmpty()) {
            throw new InvalidValueException("account.name", "is missing");
        }
        if (!USER.matcher(name).matches()) {
            throw new InvalidValueException("account.name", "must be root or a user name of a-z 0-9 _ - (up to 32, "
                    + "starting with a letter or _): " + Printable.of(name));
        }
        if (SYSTEM_ACCOUNTS.contains(name) || name.startsWith("systemd-") || name.startsWith("_")) {
            throw new InvalidValueException("account.name", "is a system account the installed OS already has ("
                    + name + "); choose root or a new user name");
        }
        List<SshPublicKey> keys = Collections.unmodifiableList(new ArrayList<>(sshKeys == null ? List.of() : sshKeys));
        if (keys.contains(null)) {
            throw new InvalidValueException("account.sshKeys", "must not contain a missing key");
        }
        // the same key under another comment is still the same key
        Distinct.require("account.sshKeys",
                keys.stream().map(SshPublicKey::withoutComment).collect(Collectors.toList()));
        if (keys.isEmpty() && passwordHash == null) {
            throw new InvalidValueException("account", "needs at least one SSH key or a password hash, or nobody can "
                    + "log in to the installed host");
        }
        return new LoginAccount(name, keys, passwordHash);
    }

    public String name() {
        return name;
    }

    public boolean isRoot() {
        return name.equals("root");
    }

    public List<SshPublicKey> sshKeys() {
        return sshKeys;
    }

    public Optional<PasswordHash> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }
}
