package org.netboot6.cloudstack.api.command;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.HostConfigFiles;
import org.netboot6.cloudstack.api.response.NetbootHostConfigResponse;
import org.netboot6.model.BootHost;
import org.netboot6.model.BootNetwork;
import org.netboot6.service.Netboot6Services;

@APICommand(name = "getNetbootHostConfig", responseObject = NetbootHostConfigResponse.class,
        description = "Shows the files netboot6 renders for one host, for review: its iPXE script as served now, and "
                + "the radvd and DHCPv6 server configuration of its boot network. Secrets are masked",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class GetNetbootHostConfigCmd extends NetbootHostIdCmd {

    @Override
    public void execute() {
        NetbootHostConfigResponse response = ApiErrors.translate(() -> {
            Netboot6Services services = manager.services();
            BootHost host = services.hosts().get(id);
            BootNetwork network = services.networks().get(host.networkId()).network();
            return new NetbootHostConfigResponse(host.uuid(), host.hostname().toString(),
                    new HostConfigFiles(services.boot()).render(host, network, manager.settings().dhcpBackend()));
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
