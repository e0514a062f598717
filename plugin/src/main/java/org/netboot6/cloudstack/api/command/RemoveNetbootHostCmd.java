package org.netboot6.cloudstack.api.command;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.netboot6.cloudstack.ApiErrors;

@APICommand(name = "removeNetbootHost", responseObject = SuccessResponse.class,
        description = "Removes a netboot6 host; its tokens stop working and its MACs are free again",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class RemoveNetbootHostCmd extends NetbootHostIdCmd {

    @Override
    public void execute() {
        ApiErrors.translate(() -> manager.services().hosts().remove(id));
        setResponseObject(new SuccessResponse(getCommandName()));
    }
}
