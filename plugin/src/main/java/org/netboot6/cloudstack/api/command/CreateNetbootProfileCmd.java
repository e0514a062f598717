package org.netboot6.cloudstack.api.command;

import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;
import org.netboot6.model.AddressingMode;
import org.netboot6.model.BootUrl;
import org.netboot6.model.InstallProfile;
import org.netboot6.model.KernelArgument;
import org.netboot6.model.LoginAccount;
import org.netboot6.model.OsRelease;
import org.netboot6.model.PackageName;
import org.netboot6.model.PasswordHash;
import org.netboot6.model.SshPublicKey;

import com.cloud.user.Account;

@APICommand(name = "createNetbootProfile", responseObject = NetbootProfileResponse.class,
        description = "Creates a netboot6 install profile: the release, installer and mirror URLs, addressing and login "
                + "of hosts installed with it",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = true, responseHasSensitiveInfo = false)
public class CreateNetbootProfileCmd extends BaseCmd {
    @Inject
    private Netboot6Manager manager;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, length = 64,
            description = "name of the profile (letters, digits, . _ -)")
    private String name;

    @Parameter(name = ParamNames.RELEASE, type = CommandType.STRING, required = true, length = 16,
            description = "debian-12, debian-13, ubuntu-22.04, ubuntu-24.04 or el-9")
    private String release;

    @Parameter(name = ParamNames.KERNEL_URL, type = CommandType.STRING, required = true, length = 255,
            description = "http(s) URL of the installer kernel")
    private String kernelUrl;

    @Parameter(name = ParamNames.INITRD_URL, type = CommandType.STRING, required = true, length = 255,
            description = "http(s) URL of the installer initrd")
    private String initrdUrl;

    @Parameter(name = ParamNames.MIRROR, type = CommandType.STRING, required = true, length = 255,
            description = "package mirror: the Debian/Ubuntu archive root, or the EL BaseOS install tree")
    private String mirror;

    @Parameter(name = ParamNames.ISO_URL, type = CommandType.STRING, length = 255,
            description = "Ubuntu only (required there): the live-server ISO the installer downloads")
    private String isoUrl;

    @Parameter(name = ParamNames.ADDRESSING, type = CommandType.STRING, length = 8,
            description = "how the installed host gets its address: static (default; the planned address) or slaac")
    private String addressing;

    @Parameter(name = ApiConstants.USERNAME, type = CommandType.STRING, length = 32,
            description = "who can log in: root (default) or a user name that gets sudo while root stays locked")
    private String username;

    @Parameter(name = ParamNames.SSH_KEYS, type = CommandType.LIST, collectionType = CommandType.STRING, length = 8192,
            description = "OpenSSH public keys of that account, comma-separated ('TYPE BASE64 [COMMENT]')")
    private List<String> sshKeys;

    @Parameter(name = ParamNames.PASSWORD_HASH, type = CommandType.STRING, length = 255,
            description = "crypt(3) hash of the account's password ($6$, $y$ or $5$, e.g. from mkpasswd); "
                    + "plaintext is refused. sshkeys or passwordhash (or both) is required")
    private String passwordHash;

    @Parameter(name = ParamNames.PACKAGES, type = CommandType.LIST, collectionType = CommandType.STRING, length = 4096,
            description = "extra packages to install, comma-separated")
    private List<String> packages;

    @Parameter(name = ParamNames.KERNEL_ARGS, type = CommandType.STRING, length = 1024,
            description = "extra kernel arguments, separated by spaces (an argument may contain commas, "
                    + "e.g. console=ttyS0,115200n8); arguments netboot6 sets itself (also by their aliases) and "
                    + "passwords are refused")
    private String kernelArgs;

    @Parameter(name = ParamNames.DISK, type = CommandType.STRING, length = 255,
            description = "install disk, e.g. /dev/sda, /dev/disk/by-id/... or /dev/disk/by-path/... (letters, digits "
                    + "and / _ . : + @ -, at most 255 characters); default: the installer's choice")
    private String disk;

    @Override
    public void execute() {
        NetbootProfileResponse response = ApiErrors.translate(
                () -> Responses.profile(manager.services().profiles().create(profile())));
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    private InstallProfile profile() {
        List<SshPublicKey> keys = ApiParams.parseEachNamed(ParamNames.SSH_KEYS, sshKeys, SshPublicKey::parse);
        PasswordHash hash = ApiParams.parseNamed(ParamNames.PASSWORD_HASH, passwordHash, PasswordHash::parse);
        InstallProfile.Builder b = InstallProfile.builder()
                .name(name.trim())
                .release(ApiParams.parse(ParamNames.RELEASE, release, OsRelease::parse))
                .kernelUrl(ApiParams.parseNamed(ParamNames.KERNEL_URL, kernelUrl, BootUrl::parse))
                .initrdUrl(ApiParams.parseNamed(ParamNames.INITRD_URL, initrdUrl, BootUrl::parse))
                .mirror(ApiParams.parseNamed(ParamNames.MIRROR, mirror, BootUrl::parse))
                .isoUrl(ApiParams.parseNamed(ParamNames.ISO_URL, isoUrl, BootUrl::parse))
                .account(LoginAccount.of(username == null ? "root" : username.trim(), keys, hash))
                .disk(disk == null ? null : disk.trim());
        if (addressing != null) {
            b.addressing(ApiParams.parse(ParamNames.ADDRESSING, addressing, v -> AddressingMode.parse(ParamNames.ADDRESSING, v)));
        }
        List<PackageName> extraPackages = ApiParams.parseEachNamed(ParamNames.PACKAGES, packages, PackageName::parse);
        if (extraPackages != null) {
            extraPackages.forEach(b::addPackage);
        }
        if (kernelArgs != null) {
            for (String word : kernelArgs.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    b.addKernelArg(ApiParams.parseNamed(ParamNames.KERNEL_ARGS, word, KernelArgument::parse));
                }
            }
        }
        return b.build();
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
