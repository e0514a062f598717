package org.netboot6.cloudstack.api.response;

import java.util.List;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A boot network as the API shows it. */
public class NetbootNetworkResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the id of the boot network")
    private String id;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the boot network")
    private String name;

    @SerializedName("interfacename")
    @Param(description = "the interface radvd and the DHCPv6 server serve the network on")
    private String interfaceName;

    @SerializedName(ApiConstants.PREFIX)
    @Param(description = "the /64 the hosts boot on")
    private String prefix;

    @SerializedName("router")
    @Param(description = "the router address (link-local or inside the prefix)")
    private String router;

    @SerializedName("bootserver")
    @Param(description = "the address of the boot HTTP service")
    private String bootServer;

    @SerializedName("bootport")
    @Param(description = "the port of the boot HTTP service")
    private Integer bootPort;

    @SerializedName("tftpserver")
    @Param(description = "the TFTP server UEFI PXE clients fetch iPXE from")
    private String tftpServer;

    @SerializedName("dnsservers")
    @Param(description = "the DNS servers announced by RA (RDNSS) and DHCPv6")
    private List<String> dnsServers;

    @SerializedName("searchdomains")
    @Param(description = "the DNS search domains announced by RA (DNSSL) and DHCPv6")
    private List<String> searchDomains;

    @SerializedName("poolstart")
    @Param(description = "the first address of the DHCPv6 pool")
    private String poolStart;

    @SerializedName("poolend")
    @Param(description = "the last address of the DHCPv6 pool")
    private String poolEnd;

    @SerializedName("ramanaged")
    @Param(description = "the RA M flag: addresses from DHCPv6")
    private Boolean raManaged;

    @SerializedName("raotherconfig")
    @Param(description = "the RA O flag: other configuration from DHCPv6")
    private Boolean raOtherConfig;

    @SerializedName("raautonomous")
    @Param(description = "the RA A flag of the prefix: SLAAC")
    private Boolean raAutonomous;

    @SerializedName("radefaultrouter")
    @Param(description = "whether the RA offers the router as default router")
    private Boolean raDefaultRouter;

    @SerializedName("loaderbaseurl")
    @Param(description = "where UEFI HTTP boot clients fetch EFI loaders")
    private String loaderBaseUrl;

    @SerializedName("bootbaseurl")
    @Param(description = "the base of every boot-service URL on this network")
    private String bootBaseUrl;

    public NetbootNetworkResponse() {
        setObjectName("netbootnetwork");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInterfaceName() {
        return interfaceName;
    }

    public void setInterfaceName(String interfaceName) {
        this.interfaceName = interfaceName;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getRouter() {
        return router;
    }

    public void setRouter(String router) {
        this.router = router;
    }

    public String getBootServer() {
        return bootServer;
    }

    public void setBootServer(String bootServer) {
        this.bootServer = bootServer;
    }

    public Integer getBootPort() {
        return bootPort;
    }

    public void setBootPort(Integer bootPort) {
        this.bootPort = bootPort;
    }

    public String getTftpServer() {
        return tftpServer;
    }

    public void setTftpServer(String tftpServer) {
        this.tftpServer = tftpServer;
    }

    public List<String> getDnsServers() {
        return dnsServers;
    }

    public void setDnsServers(List<String> dnsServers) {
        this.dnsServers = dnsServers;
    }

    public List<String> getSearchDomains() {
        return searchDomains;
    }

    public void setSearchDomains(List<String> searchDomains) {
        this.searchDomains = searchDomains;
    }

    public String getPoolStart() {
        return poolStart;
    }

    public void setPoolStart(String poolStart) {
        this.poolStart = poolStart;
    }

    public String getPoolEnd() {
        return poolEnd;
    }

    public void setPoolEnd(String poolEnd) {
        this.poolEnd = poolEnd;
    }

    public Boolean getRaManaged() {
        return raManaged;
    }

    public void setRaManaged(Boolean raManaged) {
        this.raManaged = raManaged;
    }

    public Boolean getRaOtherConfig() {
        return raOtherConfig;
    }

    public void setRaOtherConfig(Boolean raOtherConfig) {
        this.raOtherConfig = raOtherConfig;
    }

    public Boolean getRaAutonomous() {
        return raAutonomous;
    }

    public void setRaAutonomous(Boolean raAutonomous) {
        this.raAutonomous = raAutonomous;
    }

    public Boolean getRaDefaultRouter() {
        return raDefaultRouter;
    }

    public void setRaDefaultRouter(Boolean raDefaultRouter) {
        this.raDefaultRouter = raDefaultRouter;
    }

    public String getLoaderBaseUrl() {
        return loaderBaseUrl;
    }

    public void setLoaderBaseUrl(String loaderBaseUrl) {
        this.loaderBaseUrl = loaderBaseUrl;
    }

    public String getBootBaseUrl() {
        return bootBaseUrl;
    }

    public void setBootBaseUrl(String bootBaseUrl) {
        this.bootBaseUrl = bootBaseUrl;
    }
}
