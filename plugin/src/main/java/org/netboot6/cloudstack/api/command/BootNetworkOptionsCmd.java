package org.netboot6.cloudstack.api.command;

import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.BootUrl;
import org.netboot6.model.DomainName;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.RouterAdvertisement;

import com.cloud.user.Account;

/**
 * The boot-network parameters that are optional both when creating and when updating a network, and how they change
 * a {@link BootNetwork.Builder}: a parameter that is absent leaves the builder's value; a list replaces the whole list
 * (an empty value empties it).
 */
public abstract class BootNetworkOptionsCmd extends BaseCmd {
    @Inject
    protected Netboot6Manager manager;

    @Parameter(name = ParamNames.BOOT_PORT, type = CommandType.INTEGER,
            description = "port of the boot HTTP service as clients reach it; default: the setting netboot6.boot.port")
    private Integer bootPort;

    @Parameter(name = ParamNames.TFTP_SERVER, type = CommandType.STRING, length = 45,
            description = "TFTP server UEFI PXE clients fetch iPXE from; default: the boot server")
    private String tftpServer;

    @Parameter(name = ParamNames.DNS_SERVERS, type = CommandType.LIST, collectionType = CommandType.STRING,
            length = 1024, description = "IPv6 DNS servers, comma-separated (RDNSS and DHCPv6 option 23)")
    private List<String> dnsServers;

    @Parameter(name = ParamNames.SEARCH_DOMAINS, type = CommandType.LIST, collectionType = CommandType.STRING,
            length = 1024, description = "DNS search domains, comma-separated (DNSSL and DHCPv6 option 24)")
    private List<String> searchDomains;

    @Parameter(name = ParamNames.POOL_START, type = CommandType.STRING, length = 45,
            description = "first address of the DHCPv6 pool; default: prefix::1000")
    private String poolStart;

    @Parameter(name = ParamNames.POOL_END, type = CommandType.STRING, length = 45,
            description = "last address of the DHCPv6 pool; default: prefix::1fff")
    private String poolEnd;

    @Parameter(name = ParamNames.RA_MANAGED, type = CommandType.BOOLEAN,
            description = "RA M flag: addresses from DHCPv6 (default true)")
    private Boolean raManaged;

    @Parameter(name = ParamNames.RA_OTHER_CONFIG, type = CommandType.BOOLEAN,
            description = "RA O flag: other configuration (boot URL, DNS) from DHCPv6 (default true)")
    private Boolean raOtherConfig;

    @Parameter(name = ParamNames.RA_AUTONOMOUS, type = CommandType.BOOLEAN,
            description = "RA A flag of the prefix: SLAAC (default true)")
    private Boolean raAutonomous;

    @Parameter(name = ParamNames.RA_DEFAULT_ROUTER, type = CommandType.BOOLEAN,
            description = "whether the router offers itself as default router (default true)")
    private Boolean raDefaultRouter;

    @Parameter(name = ParamNames.LOADER_BASE_URL, type = CommandType.STRING, length = 255,
            description = "where UEFI HTTP boot clients fetch EFI loaders; default: <boot base URL>/loaders")
    private String loaderBaseUrl;

    /** Applies the options given to {@code b}; {@code ra} is the router advertisement to start from. */
    protected BootNetwork.Builder applyOptions(BootNetwork.Builder b, RouterAdvertisement ra) {
        if (bootPort != null) {
            b.bootPort(bootPort);
        }
        if (tftpServer != null) {
            b.tftpServer(ApiParams.parseNamed(ParamNames.TFTP_SERVER, tftpServer, Ipv6Address::parse));
        }
        if (dnsServers != null) {
            b.clearDnsServers();
            ApiParams.parseEachNamed(ParamNames.DNS_SERVERS, dnsServers, Ipv6Address::parse).forEach(b::dnsServer);
        }
        if (searchDomains != null) {
            b.clearSearchDomains();
            ApiParams.parseEachNamed(ParamNames.SEARCH_DOMAINS, searchDomains, DomainName::parse).forEach(b::searchDomain);
        }
        if (poolStart != null) {
            b.poolStart(ApiParams.parseNamed(ParamNames.POOL_START, poolStart, Ipv6Address::parse));
        }
        if (poolEnd != null) {
            b.poolEnd(ApiParams.parseNamed(ParamNames.POOL_END, poolEnd, Ipv6Address::parse));
        }
        b.routerAdvertisement(RouterAdvertisement.of(
                raManaged != null ? raManaged : ra.managed(),
                raOtherConfig != null ? raOtherConfig : ra.otherConfig(),
                raAutonomous != null ? raAutonomous : ra.autonomous(),
                raDefaultRouter != null ? raDefaultRouter : ra.defaultRouter()));
        if (loaderBaseUrl != null) {
            b.loaderBaseUrl(ApiParams.parseNamed(ParamNames.LOADER_BASE_URL, loaderBaseUrl, BootUrl::parse));
        }
        return b;
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
