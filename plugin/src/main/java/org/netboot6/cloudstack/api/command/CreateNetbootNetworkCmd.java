package org.netboot6.cloudstack.api.command;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.RouterAdvertisement;

@APICommand(name = "createNetbootNetwork", responseObject = NetbootNetworkResponse.class,
        description = "Creates a netboot6 boot network: the IPv6 /64 hosts network-boot on, with its router "
                + "advertisement, DHCPv6 pool and boot server",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class CreateNetbootNetworkCmd extends BootNetworkOptionsCmd {

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true, length = 64,
            description = "name of the boot network (letters, digits, . _ -)")
    private String name;

    @Parameter(name = ParamNames.INTERFACE_NAME, type = CommandType.STRING, required = true, length = 15,
            description = "Linux interface radvd and the DHCPv6 server serve the network on (not lo)")
    private String interfaceName;

    @Parameter(name = ApiConstants.PREFIX, type = CommandType.STRING, required = true, length = 43,
            description = "the /64 the hosts boot on, e.g. 2001:db8:0:1::/64")
    private String prefix;

    @Parameter(name = ParamNames.ROUTER, type = CommandType.STRING, required = true, length = 45,
            description = "address of the router sending the RAs (link-local or inside the prefix)")
    private String router;

    @Parameter(name = ParamNames.BOOT_SERVER, type = CommandType.STRING, required = true, length = 45,
            description = "global IPv6 address clients reach the boot HTTP service at")
    private String bootServer;

    @Override
    public void execute() {
        NetbootNetworkResponse response = ApiErrors.translate(() -> {
            BootNetwork.Builder b = BootNetwork.builder()
                    .name(name.trim())
                    .interfaceName(interfaceName.trim())
                    .prefix(ApiParams.parseNamed(ApiConstants.PREFIX, prefix, Ipv6Prefix::parse))
                    .router(ApiParams.parseNamed(ParamNames.ROUTER, router, Ipv6Address::parse))
                    .bootServer(ApiParams.parseNamed(ParamNames.BOOT_SERVER, bootServer, Ipv6Address::parse))
                    .bootPort(manager.settings().port());
            BootNetwork network = applyOptions(b, RouterAdvertisement.STATEFUL).build();
            return Responses.network(manager.services().networks().create(network));
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
