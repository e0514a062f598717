package org.netboot6.cloudstack.api.command;


import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.model.HostState;
import org.netboot6.model.Mac;
import org.netboot6.model.ResourceUuid;
import org.netboot6.service.Netboot6Services;
import org.netboot6.store.HostRepository;
import org.netboot6.store.PageRequest;

@APICommand(name = "listNetbootHosts", responseObject = NetbootHostResponse.class,
        description = "Lists netboot6 hosts (keyword matches host names)",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class ListNetbootHostsCmd extends BaseListCmd {
    @Inject
    private Netboot6Manager manager;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, length = 36, description = "the id of one host")
    private String id;

    @Parameter(name = ApiConstants.NETWORK_ID, type = CommandType.STRING, length = 36,
            description = "only hosts on this boot network")
    private String networkId;

    @Parameter(name = ApiConstants.STATE, type = CommandType.STRING, length = 16,
            description = "only hosts in this state: READY, PROVISIONING or DONE")
    private String state;

    @Parameter(name = ApiConstants.MAC_ADDRESS, type = CommandType.STRING, length = 17,
            description = "only the host identified by this MAC")
    private String macAddress;

    @Override
    public void execute() {
        ListResponse<NetbootHostResponse> response = ApiErrors.translate(() -> {
            Netboot6Services services = manager.services();
            HostRepository.Filter filter = new HostRepository.Filter();
            filter.uuid = id == null ? null : ResourceUuid.require(ApiConstants.ID, id.trim());
            filter.networkId = ApiParams.parse(ApiConstants.NETWORK_ID, networkId, n -> services.networks().get(n).id());
            filter.state = ApiParams.parse(ApiConstants.STATE, state, v -> HostState.parse(ApiConstants.STATE, v));
            filter.mac = ApiParams.parse(ApiConstants.MAC_ADDRESS, macAddress, Mac::parse);
            Responses responses = new Responses(services);
            return Responses.list(services.hosts().list(filter,
                    PageRequest.of(getStartIndex(), getPageSizeVal(), getKeyword())), responses::host);
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
