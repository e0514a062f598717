package org.netboot6.cloudstack.api.command;

import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Netboot6Manager;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.model.BondMode;
import org.netboot6.model.HostKind;
import org.netboot6.model.Hostname;
import org.netboot6.model.InvalidValueException;
import org.netboot6.model.Mac;
import org.netboot6.model.ResourceUuid;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.service.NewHost;

import com.cloud.host.Host;
import com.cloud.user.Account;
import com.cloud.vm.VirtualMachine;

@APICommand(name = "addNetbootHost", responseObject = NetbootHostResponse.class,
        description = "Registers a host netboot6 boots, identified by MAC: a bare-metal host (optionally linked to a "
                + "CloudStack host for out-of-band power control) or, with virtualmachineid, a guest VM's NIC",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class AddNetbootHostCmd extends BaseCmd {
    @Inject
    private Netboot6Manager manager;

    @Parameter(name = ApiConstants.NETWORK_ID, type = CommandType.STRING, required = true, length = 36,
            description = "the id of the netboot6 boot network the host boots on")
    private String networkId;

    @Parameter(name = ApiConstants.HOST_NAME, type = CommandType.STRING, required = true, length = 63,
            description = "host name of the installed system")
    private String hostname;

    @Parameter(name = ParamNames.MAC_ADDRESSES, type = CommandType.LIST, collectionType = CommandType.STRING,
            required = true, length = 512,
            description = "boot NIC MACs, comma-separated, primary first; a bond lists every port's permanent MAC")
    private List<String> macAddresses;

    @Parameter(name = ParamNames.BOND_MODE, type = CommandType.STRING, length = 16,
            description = "when macaddresses are one bond's ports: active-backup or 802.3ad (lacp); the installed system "
                    + "gets a bond with the first MAC's permanent address pinned")
    private String bondMode;

    @Parameter(name = ParamNames.SMBIOS_UUID, type = CommandType.STRING, length = 36,
            description = "SMBIOS UUID of the machine, when known")
    private String smbiosUuid;

    @Parameter(name = ApiConstants.HOST_ID, type = CommandType.STRING, length = 36,
            description = "bare metal: the CloudStack host it is, for power control through its out-of-band management")
    private String hostId;

    @Parameter(name = ApiConstants.VIRTUAL_MACHINE_ID, type = CommandType.STRING, length = 36,
            description = "guest VM: the CloudStack VM whose NIC this is (makes the host a GUEST_VM)")
    private String virtualMachineId;

    @Parameter(name = ParamNames.PROFILE_ID, type = CommandType.STRING, length = 36,
            description = "the install profile provisionNetbootHost uses by default")
    private String profileId;

    @Override
    public void execute() {
        NetbootHostResponse response = ApiErrors.translate(() -> {
            NewHost spec = new NewHost();
            spec.networkUuid = networkId;
            spec.kind = virtualMachineId != null ? HostKind.GUEST_VM : HostKind.BAREMETAL;
            spec.hostname = ApiParams.parse(ApiConstants.HOST_NAME, hostname, Hostname::parse);
            spec.macs.addAll(ApiParams.parseEach(ParamNames.MAC_ADDRESSES, macAddresses, Mac::parse));
            spec.bondMode = ApiParams.parse(ParamNames.BOND_MODE, bondMode, v -> BondMode.parse(ParamNames.BOND_MODE, v));
            spec.smbiosUuid = ApiParams.parse(ParamNames.SMBIOS_UUID, smbiosUuid, SmbiosUuid::parse);
            spec.cloudStackHostUuid = existing(ApiConstants.HOST_ID, hostId, Host.class, "host");
            spec.cloudStackVmUuid = existing(ApiConstants.VIRTUAL_MACHINE_ID, virtualMachineId, VirtualMachine.class,
                    "VM");
            spec.profileUuid = profileId;
            return new Responses(manager.services()).host(manager.services().hosts().add(spec));
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    /** The uuid of a CloudStack entity the host is linked to, refused when CloudStack does not know it. */
    private String existing(String param, String uuid, Class<?> type, String what) {
        if (uuid == null) {
            return null;
        }
        String id = ResourceUuid.require(param, uuid.trim());
        if (_entityMgr.findByUuid(type, id) == null) {
            throw new InvalidValueException(param, "names no CloudStack " + what + ": " + id);
        }
        return id;
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
