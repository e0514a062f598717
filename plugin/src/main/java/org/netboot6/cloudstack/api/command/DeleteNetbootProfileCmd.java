package org.netboot6.cloudstack.api.command;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.SuccessResponse;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.Netboot6Manager;

import com.cloud.user.Account;

@APICommand(name = "deleteNetbootProfile", responseObject = SuccessResponse.class,
        description = "Deletes a netboot6 install profile no host uses",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class DeleteNetbootProfileCmd extends BaseCmd {
    @Inject
    private Netboot6Manager manager;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the id of the profile")
    private String id;

    @Override
    public void execute() {
        ApiErrors.translate(() -> manager.services().profiles().delete(id));
        setResponseObject(new SuccessResponse(getCommandName()));
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
