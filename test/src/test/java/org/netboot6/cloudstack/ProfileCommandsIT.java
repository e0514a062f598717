package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboot6.cloudstack.ApiAssertions.paramError;
import static org.netboot6.cloudstack.CommandFixture.profileParams;
import static org.netboot6.cloudstack.NetworkCommandsIT.with;

import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboot6.cloudstack.api.command.CreateNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.DeleteNetbootProfileCmd;
import org.netboot6.cloudstack.api.command.ListNetbootProfilesCmd;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;

import com.google.gson.Gson;

/** createNetbootProfile, listNetbootProfiles, deleteNetbootProfile on MariaDB. */
class ProfileCommandsIT {
    private static CommandFixture f;

    @BeforeAll
    static void open() throws Exception {
        f = new CommandFixture("profcmd");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @SuppressWarnings("unchecked")
    private static ListResponse<NetbootProfileResponse> list(String... params) {
        return f.call(ListNetbootProfilesCmd.class, ListResponse.class, params);
    }

    private static NetbootProfileResponse create(String... params) {
        return f.call(CreateNetbootProfileCmd.class, NetbootProfileResponse.class, params);
    }

    @Test
    void aLongPersistentDiskNameIsKeptWhole() {
        String disk = "/dev/disk/by-id/nvme-SAMSUNG_MZQL23T8HCLS-00A07_S64HNE0T123456_1-part1"
                + "x".repeat(150);
        NetbootProfileResponse p = create(with(profileParams("longdisk"), "disk", disk));
        assertThat(list("id", p.getId()).getResponses().get(0).getDisk()).isEqualTo(disk);
        paramError(() -> create(with(profileParams("longdisk2"), "disk", "/dev/" + "x".repeat(251))), "disk");
    }

    @Test
    void createShowsTheProfileButNeverThePasswordHash() {
        NetbootProfileResponse p = create(with(profileParams("deb12"), "packages", "openssh-server,vim",
                "kernelargs", "console=ttyS0,115200n8 quiet", "addressing", "slaac", "disk", "/dev/vda"));

        assertThat(p.getResponseName()).isEqualTo("createnetbootprofileresponse");
        assertThat(p.getRelease()).isEqualTo("debian-12");
        assertThat(p.getUsername()).isEqualTo("root");
        assertThat(p.getHasPassword()).isTrue();
        assertThat(p.getSshKeys()).containsExactly(CommandFixture.SSH_KEY);
        assertThat(p.getPackages()).containsExactly("openssh-server", "vim");
        assertThat(p.getKernelArgs()).containsExactly("console=ttyS0,115200n8", "quiet");
        assertThat(p.getAddressing()).isEqualTo("SLAAC");
        assertThat(new Gson().toJson(p)).doesNotContain(CommandFixture.PASSWORD_HASH).doesNotContain("$6$");
        assertThat(new Gson().toJson(list("id", p.getId()))).doesNotContain("$6$");
    }

    @Test
    void malformedValuesNameTheirParameter() {
        paramError(() -> create(with(profileParams("p1"), "passwordhash", "hunter2")),
                "passwordhash must be a crypt(3) hash");
        paramError(() -> create(with(profileParams("p1"), "passwordhash", "hunter2")), "(value not shown)");
        paramError(() -> create(with(profileParams("p2"), "release", "windows-11")), "release is not one of");
        paramError(() -> create(with(profileParams("p3"), "kernelurl", "ftp://[2001:db8::2]/linux")), "kernelurl");
        paramError(() -> create(with(profileParams("p4"), "sshkeys", "ssh-ed25519 AAAA,command=\"rm\"")),
                "sshkeys entry 1");
        paramError(() -> create(with(profileParams("p5"), "kernelargs", "quiet $(reboot)")), "kernelargs");
        paramError(() -> create(with(profileParams("p6"), "username", "Root Admin")), "username");
        paramError(() -> create(with(profileParams("p7"), "release", "ubuntu-24.04")), "isourl is missing");
        paramError(() -> create(with(profileParams("p8"), "addressing", "dhcp")), "addressing must be static or slaac");
        paramError(() -> create(with(profileParams("p8"), "addressing", "\u017ftatic")), "addressing must be static or slaac");
        paramError(() -> create("name", "p9", "release", "debian-12", "kernelurl", "http://[2001:db8::2]/linux",
                "initrdurl", "http://[2001:db8::2]/initrd", "mirror", "http://deb.example/debian"),
                "sshkeys needs at least one SSH key or a password hash");
        assertThat(list("keyword", "p").getResponses()).extracting(NetbootProfileResponse::getName)
                .doesNotContain("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
    }

    @Test
    void listPagesAndDeleteRemoves() {
        for (int i = 1; i <= 3; i++) {
            f.profile("lp" + i);
        }
        ListResponse<NetbootProfileResponse> page2 = list("keyword", "lp", "page", "2", "pagesize", "2");
        assertThat(page2.getCount()).isEqualTo(3);
        assertThat(page2.getResponses()).hasSize(1);

        String id = list("keyword", "lp1").getResponses().get(0).getId();
        assertThat(f.call(DeleteNetbootProfileCmd.class, SuccessResponse.class, "id", id).getSuccess()).isTrue();
        assertThat(list("keyword", "lp").getCount()).isEqualTo(2);
        paramError(() -> f.call(DeleteNetbootProfileCmd.class, SuccessResponse.class, "id", id), "id names no profile");
    }

    @Test
    void aProfileInUseCannotBeDeleted() {
        NetbootProfileResponse p = f.profile("inuse");
        String network = f.network("profnet").getId();
        f.host(network, "user1", "52:54:00:aa:00:01", "profileid", p.getId());

        paramError(() -> f.call(DeleteNetbootProfileCmd.class, SuccessResponse.class, "id", p.getId()),
                "is used by 1 host(s)");
    }
}
