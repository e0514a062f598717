package org.netboot6.cloudstack.api.command;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;

@APICommand(name = "cancelNetbootHostProvisioning", responseObject = NetbootHostResponse.class,
        description = "Disarms a PROVISIONING netboot6 host: its token stops working and its next boot is from disk",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class CancelNetbootHostProvisioningCmd extends NetbootHostIdCmd {

    @Override
    public void execute() {
        NetbootHostResponse response = ApiErrors.translate(
                () -> new Responses(manager.services()).host(manager.services().hosts().cancel(id)));
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
