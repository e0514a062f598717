package org.netboot6.cloudstack.api.command;

import java.time.Duration;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.outofbandmanagement.OutOfBandManagementService;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.HostRestart;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.model.BootHost;
import org.netboot6.service.HostService;

import com.cloud.user.Account;
import com.cloud.vm.VirtualMachineManager;

@APICommand(name = "provisionNetbootHost", responseObject = NetbootHostResponse.class,
        description = "Arms a one-time install (or a boot probe) for a netboot6 host and restarts it through "
                + "CloudStack: a bare-metal host linked to a CloudStack host with out-of-band management is "
                + "power-cycled, a guest VM is rebooted; other hosts must be restarted by the operator",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class ProvisionNetbootHostCmd extends BaseAsyncCmd {
    public static final String EVENT_TYPE = "NETBOOT6.HOST.PROVISION";
    /** CloudStack queues async jobs with the same sync object one after another: one provisioning per host at once. */
    public static final String SYNC_OBJECT_TYPE = "netboot6host";

    @Inject
    private Netboot6Manager manager;
    @Inject
    private OutOfBandManagementService outOfBandManagementService;
    @Inject
    private VirtualMachineManager virtualMachineManager;

    @Parameter(name = ApiConstants.ID, type = CommandType.STRING, required = true, length = 36,
            description = "the id of the host")
    private String id;

    @Parameter(name = ParamNames.PROFILE_ID, type = CommandType.STRING, length = 36,
            description = "install this profile (it becomes the host's profile); default: the host's profile")
    private String profileId;

    @Parameter(name = ParamNames.PROBE, type = CommandType.BOOLEAN,
            description = "only prove the IPv6 network boot works (iPXE calls back, then boots from disk); "
                    + "installs nothing. Default false")
    private Boolean probe;

    @Parameter(name = ParamNames.REBOOT, type = CommandType.BOOLEAN,
            description = "restart the host through CloudStack after arming (default true); false only arms it")
    private Boolean reboot;

    @Parameter(name = ParamNames.TOKEN_LIFETIME, type = CommandType.INTEGER,
            description = "seconds the one-time token stays valid; default: the setting netboot6.token.lifetime")
    private Integer tokenLifetime;

    @Override
    public void execute() {
        NetbootHostResponse response = ApiErrors.translate(() -> {
            HostService hosts = manager.services().hosts();
            BootHost host = hosts.get(id);
            HostRestart.Plan restart = Boolean.FALSE.equals(reboot) ? HostRestart.none()
                    : new HostRestart(_entityMgr, outOfBandManagementService, virtualMachineManager).plan(host);
            Duration lifetime = tokenLifetime != null ? Duration.ofSeconds(tokenLifetime)
                    : manager.settings().tokenLifetime();
            BootHost armed = hosts.provision(id, profileId, Boolean.TRUE.equals(probe), lifetime);
            NetbootHostResponse r = new Responses(manager.services()).host(armed);
            r.setRestart(restart.perform());
            return r;
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public String getEventType() {
        return EVENT_TYPE;
    }

    @Override
    public String getEventDescription() {
        return "provisioning netboot6 host " + id + (Boolean.TRUE.equals(probe) ? " (boot probe)" : "");
    }

    @Override
    public String getSyncObjType() {
        return SYNC_OBJECT_TYPE;
    }

    /** The host's database id; null (no queue) for an id that names no host: execute() then reports it. */
    @Override
    public Long getSyncObjId() {
        try {
            return manager.services().hosts().get(id).id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
