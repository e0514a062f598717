package org.netboot6.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.netboot6.model.AddressingMode;
import org.netboot6.model.BootUrl;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsRelease;
import org.netboot6.model.SshPublicKey;
import org.netboot6.model.Token;
import org.netboot6.service.HostService;
import org.netboot6.service.Netboot6Services;
import org.netboot6.store.StoredProfile;

/**
 * Arms the first {@code n} seeded hosts for a Debian 12 install (a profile, a planned static address, a live install
 * token newer than their probe token), as {@code HostService.provision} would, in bulk SQL; returns their tokens.
 */
final class InstallArming {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGp0c8c9f0Y3Jm3mO7c0bJv7b2h3kq0Qf8gk9w3Jm3mO "
            + "ops@example";

    private InstallArming() {
    }

    static List<String> arm(Netboot6Services services, DataSource ds, Seeder.Seeded seeded, int n, Instant now)
            throws SQLException {
        StoredProfile profile = services.profiles().create(InstallProfile.builder().name("bench-debian")
                .release(OsRelease.DEBIAN_12).addressing(AddressingMode.STATIC)
                .kernelUrl(BootUrl.parse("k", "http://[2001:db8:6::2]:8080/images/linux"))
                .initrdUrl(BootUrl.parse("i", "http://[2001:db8:6::2]:8080/images/initrd.gz"))
                .mirror(BootUrl.parse("m", "http://deb.mirror.example/debian"))
                .account(LoginAccount.of("ops", List.of(SshPublicKey.parse("k", KEY)), null)).build());
        List<String> tokens = new ArrayList<>(n);
        Timestamp created = Timestamp.from(now.plusSeconds(1));
        Timestamp expires = Timestamp.from(now.plusSeconds(24 * 3600));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement host = c.prepareStatement(
                    "UPDATE netboot6_host SET profile_id = ?, address = ? WHERE id = ?");
                 PreparedStatement token = c.prepareStatement("INSERT INTO netboot6_token (token, host_id, purpose, "
                         + "created, expires) VALUES (?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    long id = seeded.firstId + i;
                    host.setLong(1, profile.id());
                    host.setString(2, seeded.network.network().prefix().withInterfaceId(0x10000L + i).toString());
                    host.setLong(3, id);
                    host.addBatch();
                    String t = Token.generate().value();
                    tokens.add(t);
                    token.setString(1, t);
                    token.setLong(2, id);
                    token.setString(3, HostService.PURPOSE_INSTALL);
                    token.setTimestamp(4, created);
                    token.setTimestamp(5, expires);
                    token.addBatch();
                }
                host.executeBatch();
                token.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE netboot6_change_counter SET value = value + 1 WHERE id = 1");
            }
            c.commit();
        }
        return tokens;
    }
}
