package org.netboot6.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BootUrl;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.KernelArgument;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PackageName;
import org.netboot6.model.PasswordHash;
import org.netboot6.model.SshPublicKey;

/**
 * Install profiles in {@code netboot6_profile}. List fields are stored one item per line: every item is a
 * validated value that cannot contain a line break.
 */
public final class ProfileRepository {

    public StoredProfile insert(Connection c, InstallProfile p, Instant now) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO netboot6_profile (uuid, name, os_release, kernel_url, "
                + "initrd_url, mirror_url, iso_url, addressing, username, ssh_keys, password_hash, packages, kernel_args, "
                + "disk, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uuid);
            ps.setString(2, p.name());
            ps.setString(3, p.release().id());
            ps.setString(4, p.kernelUrl().toString());
            ps.setString(5, p.initrdUrl().toString());
            ps.setString(6, p.mirror().toString());
            ps.setString(7, p.isoUrl().map(Object::toString).orElse(null));
            ps.setString(8, p.addressing().name());
            ps.setString(9, p.account().name());
            ps.setString(10, lines(p.account().sshKeys().stream().map(SshPublicKey::line).collect(Collectors.toList())));
            ps.setString(11, p.account().passwordHash().map(PasswordHash::value).orElse(null));
            ps.setString(12, lines(p.packages().stream().map(Object::toString).collect(Collectors.toList())));
            ps.setString(13, lines(p.extraKernelArgs().stream().map(Object::toString).collect(Collectors.toList())));
            ps.setString(14, p.disk().orElse(null));
            ps.setTimestamp(15, Rows.timestamp(now));
            try {
                ps.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                if (UniqueKeys.violated(e, UniqueKeys.PROFILE_NAME)) {
                    throw new InvalidValueException("name", "is already the name of another profile: " + p.name());
                }
                throw e;
            }
            return new StoredProfile(Rows.generatedId(ps), uuid, p);
        }
    }

    public Optional<StoredProfile> findById(Connection c, long id) throws SQLException {
        return one(c, "SELECT * FROM netboot6_profile WHERE id = ? AND removed IS NULL", id);
    }

    public Optional<StoredProfile> findByUuid(Connection c, String uuid) throws SQLException {
        return one(c, "SELECT * FROM netboot6_profile WHERE uuid = ? AND removed IS NULL", uuid);
    }

    /**
     * The live profile with {@code uuid}, locked until the transaction ends: shared by a host that takes it, exclusive
     * for deleting it, so a profile cannot be deleted while a host is being given it.
     */
    public Optional<StoredProfile> lockByUuid(Connection c, String uuid, boolean exclusive) throws SQLException {
        return one(c, "SELECT * FROM netboot6_profile WHERE uuid = ? AND removed IS NULL" + Rows.lockClause(exclusive),
                uuid);
    }

    public Page<StoredProfile> list(Connection c, String uuid, PageRequest page) throws SQLException {
        PagedQuery q = new PagedQuery("netboot6_profile p", "p");
        if (uuid != null) {
            q.and("p.uuid = ?", uuid);
        }
        return q.keyword(page, "p.name").run(c, "p.*", "p.id", page, PagedQuery.rows(ProfileRepository::read));
    }

    public void remove(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE netboot6_profile SET removed = ? WHERE id = ? AND removed IS NULL")) {
            ps.setTimestamp(1, Rows.timestamp(now));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static Optional<StoredProfile> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key instanceof Long) {
                ps.setLong(1, (Long) key);
            } else {
                ps.setString(1, (String) key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static StoredProfile read(ResultSet rs) throws SQLException {
        List<SshPublicKey> keys = new ArrayList<>();
        for (String k : split(rs.getString("ssh_keys"))) {
            keys.add(SshPublicKey.parse("sshKeys", k));
        }
        String hash = rs.getString("password_hash");
        String iso = rs.getString("iso_url");
        InstallProfile.Builder b = InstallProfile.builder()
                .name(rs.getString("name"))
                .release(OsRelease.parse(rs.getString("os_release")))
                .kernelUrl(BootUrl.parse("kernelUrl", rs.getString("kernel_url")))
                .initrdUrl(BootUrl.parse("initrdUrl", rs.getString("initrd_url")))
                .mirror(BootUrl.parse("mirror", rs.getString("mirror_url")))
                .isoUrl(iso == null ? null : BootUrl.parse("isoUrl", iso))
                .addressing(AddressingMode.valueOf(rs.getString("addressing")))
                .account(LoginAccount.of(rs.getString("username"), keys,
                        hash == null ? null : PasswordHash.parse("passwordHash", hash)))
                .disk(rs.getString("disk"));
        for (String p : split(rs.getString("packages"))) {
            b.addPackage(PackageName.parse("packages", p));
        }
        for (String a : split(rs.getString("kernel_args"))) {
            b.addKernelArg(KernelArgument.parse("kernelArgs", a));
        }
        return new StoredProfile(rs.getLong("id"), rs.getString("uuid"), b.build());
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
