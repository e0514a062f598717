package org.netboot6.cloudstack.api.command;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.Netboot6Manager;

import com.cloud.user.Account;

/** A command about one netboot6 host, named by its required {@code id}. */
public abstract class NetbootHostIdCmd extends BaseCmd {
    @Inject
    protected Netboot6Manager manager;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the id of the netboot6 host")
    protected String id;

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
