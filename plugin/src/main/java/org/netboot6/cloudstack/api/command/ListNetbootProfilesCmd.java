package org.netboot6.cloudstack.api.command;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootProfileResponse;
import org.netboot6.store.PageRequest;

@APICommand(name = "listNetbootProfiles", responseObject = NetbootProfileResponse.class,
        description = "Lists netboot6 install profiles (keyword matches names); password hashes are never shown",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class ListNetbootProfilesCmd extends BaseListCmd {
    @Inject
    private Netboot6Manager manager;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, length = 36, description = "the id of one profile")
    private String id;

    @Override
    public void execute() {
        ListResponse<NetbootProfileResponse> response = ApiErrors.translate(() -> Responses.list(
                manager.services().profiles().list(id, PageRequest.of(getStartIndex(), getPageSizeVal(), getKeyword())),
                Responses::profile));
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
