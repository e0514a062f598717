package org.netboot6.render.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.netboot6.model.HostLink;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PasswordHash;
import org.netboot6.model.SshPublicKey;

/** A previewed installer file shows neither the token nor the password hash, for each installer family. */
class PreviewMaskTest {
    private static final String MASK = "********";

    private static InstallRequest request(OsRelease release, boolean root) {
        LoginAccount account = root ? InstallFixtures.root() : LoginAccount.of("ops",
                List.of(SshPublicKey.parse("k", InstallFixtures.KEY)), PasswordHash.parse("h", InstallFixtures.SHA512));
        return InstallFixtures.request(InstallFixtures.profile(release).account(account).build(),
                HostLink.single(InstallFixtures.P9P1));
    }

    private static String masked(String file, InstallRequest r) {
        assertThat(file).contains(InstallFixtures.SHA512, InstallFixtures.TOKEN.value());
        String shown = PreviewMask.apply(file, r, MASK);
        assertThat(shown).doesNotContain(InstallFixtures.SHA512, InstallFixtures.TOKEN.value(), "$6$");
        assertThat(shown.replace(MASK, "")).isEqualTo(file.replace(InstallFixtures.SHA512, "")
                .replace(InstallFixtures.TOKEN.value(), ""));
        return shown;
    }

    @Test
    void preseed() {
        InstallRequest root = request(OsRelease.DEBIAN_12, true);
        assertThat(masked(new PreseedRenderer().render(root), root))
                .contains("d-i passwd/root-password-crypted password ********\n", "/done/********");
        InstallRequest user = request(OsRelease.DEBIAN_13, false);
        assertThat(masked(new PreseedRenderer().render(user), user))
                .contains("d-i passwd/user-password-crypted password ********\n");
    }

    @Test
    void autoinstallUserData() {
        InstallRequest r = request(OsRelease.UBUNTU_24_04, false);
        assertThat(masked(new AutoinstallRenderer().userData(r), r)).contains("hashed_passwd: \"********\"\n");
    }

    @Test
    void kickstart() {
        InstallRequest root = request(OsRelease.EL_9, true);
        assertThat(masked(new KickstartRenderer().render(root), root)).contains("rootpw --iscrypted ********\n");
        InstallRequest user = request(OsRelease.EL_9, false);
        assertThat(masked(new KickstartRenderer().render(user), user)).contains("--iscrypted --password=********\n");
    }

    @Test
    void aKeyOnlyAccountHasOnlyTheTokenToMask() {
        InstallRequest r = InstallFixtures.request(InstallFixtures.profile(OsRelease.EL_9).account(LoginAccount.of("ops",
                List.of(SshPublicKey.parse("k", InstallFixtures.KEY)), null)).build(), HostLink.single(InstallFixtures.P9P1));
        String ks = new KickstartRenderer().render(r);
        assertThat(PreviewMask.apply(ks, r, MASK)).isEqualTo(ks.replace(InstallFixtures.TOKEN.value(), MASK));
    }
}
