package org.netboot6.cloudstack.api.command;

/** API parameter names of netboot6 that CloudStack's ApiConstants does not have. */
public final class ParamNames {
    public static final String INTERFACE_NAME = "interfacename";
    public static final String ROUTER = "router";
    public static final String BOOT_SERVER = "bootserver";
    public static final String BOOT_PORT = "bootport";
    public static final String TFTP_SERVER = "tftpserver";
    public static final String DNS_SERVERS = "dnsservers";
    public static final String SEARCH_DOMAINS = "searchdomains";
    public static final String POOL_START = "poolstart";
    public static final String POOL_END = "poolend";
    public static final String RA_MANAGED = "ramanaged";
    public static final String RA_OTHER_CONFIG = "raotherconfig";
    public static final String RA_AUTONOMOUS = "raautonomous";
    public static final String RA_DEFAULT_ROUTER = "radefaultrouter";
    public static final String LOADER_BASE_URL = "loaderbaseurl";

    public static final String RELEASE = "release";
    public static final String KERNEL_URL = "kernelurl";
    public static final String INITRD_URL = "initrdurl";
    public static final String MIRROR = "mirror";
    public static final String ISO_URL = "isourl";
    public static final String ADDRESSING = "addressing";
    public static final String SSH_KEYS = "sshkeys";
    public static final String PASSWORD_HASH = "passwordhash";
    public static final String PACKAGES = "packages";
    public static final String KERNEL_ARGS = "kernelargs";
    public static final String DISK = "disk";

    public static final String MAC_ADDRESSES = "macaddresses";
    public static final String SMBIOS_UUID = "smbiosuuid";
    public static final String CLEAR_SMBIOS_UUID = "clearsmbiosuuid";
    public static final String BOND_MODE = "bondmode";
    public static final String PROFILE_ID = "profileid";
    public static final String CLEAR_PROFILE = "clearprofile";
    public static final String CLEAR_BOND_MODE = "clearbondmode";
    public static final String PROBE = "probe";
    public static final String REBOOT = "reboot";
    public static final String TOKEN_LIFETIME = "tokenlifetime";

    private ParamNames() {
    }
}
