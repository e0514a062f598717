package org.netboot6.cloudstack.api.command;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootNetworkResponse;
import org.netboot6.model.Ipv6Address;
import org.netboot6.model.Ipv6Prefix;
import org.netboot6.model.RouterAdvertisement;
import org.netboot6.service.NetworkService;

@APICommand(name = "updateNetbootNetwork", responseObject = NetbootNetworkResponse.class,
        description = "Changes a netboot6 boot network; parameters not given keep their value. The result is "
                + "validated as a whole before anything is stored",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class UpdateNetbootNetworkCmd extends BootNetworkOptionsCmd {

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the id of the boot network")
    private String id;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, length = 64, description = "new name")
    private String name;

    @Parameter(name = ParamNames.INTERFACE_NAME, type = CommandType.STRING, length = 15, description = "new interface")
    private String interfaceName;

    @Parameter(name = ApiConstants.PREFIX, type = CommandType.STRING, length = 43, description = "new /64 prefix")
    private String prefix;

    @Parameter(name = ParamNames.ROUTER, type = CommandType.STRING, length = 45, description = "new router address")
    private String router;

    @Parameter(name = ParamNames.BOOT_SERVER, type = CommandType.STRING, length = 45,
            description = "new boot server address")
    private String bootServer;

    @Override
    public void execute() {
        NetbootNetworkResponse response = ApiErrors.translate(() -> {
            NetworkService networks = manager.services().networks();
            // partial RA flags are merged into the flags the network has now
            RouterAdvertisement ra = networks.get(id).network().routerAdvertisement();
            return Responses.network(networks.update(id, b -> {
                if (name != null) {
                    b.name(name.trim());
                }
                if (interfaceName != null) {
                    b.interfaceName(interfaceName.trim());
                }
                if (prefix != null) {
                    b.prefix(ApiParams.parseNamed(ApiConstants.PREFIX, prefix, Ipv6Prefix::parse));
                }
                if (router != null) {
                    b.router(ApiParams.parseNamed(ParamNames.ROUTER, router, Ipv6Address::parse));
                }
                if (bootServer != null) {
                    b.bootServer(ApiParams.parseNamed(ParamNames.BOOT_SERVER, bootServer, Ipv6Address::parse));
                }
                return applyOptions(b, ra);
            }));
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
