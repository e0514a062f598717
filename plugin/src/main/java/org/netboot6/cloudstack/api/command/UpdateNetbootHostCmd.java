package org.netboot6.cloudstack.api.command;

import java.util.List;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.Parameter;
import org.netboot6.cloudstack.ApiErrors;
import org.netboot6.cloudstack.ApiParams;
import org.netboot6.cloudstack.Responses;
import org.netboot6.cloudstack.api.response.NetbootHostResponse;
import org.netboot6.model.BondMode;
import org.netboot6.model.Hostname;
import org.netboot6.model.Mac;
import org.netboot6.model.SmbiosUuid;
import org.netboot6.service.HostChange;

@APICommand(name = "updateNetbootHost", responseObject = NetbootHostResponse.class,
        description = "Changes a netboot6 host; parameters not given keep their value",
        since = "0.1.0", authorized = {RoleType.Admin},
        requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class UpdateNetbootHostCmd extends NetbootHostIdCmd {
    @Parameter(name = ApiConstants.HOST_NAME, type = CommandType.STRING, length = 63, description = "new host name")
    private String hostname;

    @Parameter(name = ParamNames.MAC_ADDRESSES, type = CommandType.LIST, collectionType = CommandType.STRING,
            length = 512, description = "new boot NIC MACs, comma-separated, primary first (replaces all)")
    private List<String> macAddresses;

    @Parameter(name = ParamNames.BOND_MODE, type = CommandType.STRING, length = 16,
            description = "when macaddresses are one bond's ports: active-backup or 802.3ad (lacp); the installed system "
                    + "gets a bond with the first MAC's permanent address pinned")
    private String bondMode;

    @Parameter(name = ParamNames.SMBIOS_UUID, type = CommandType.STRING, length = 36, description = "new SMBIOS UUID")
    private String smbiosUuid;

    @Parameter(name = ParamNames.PROFILE_ID, type = CommandType.STRING, length = 36,
            description = "new default install profile (not while the host is PROVISIONING)")
    private String profileId;

    @Parameter(name = ParamNames.CLEAR_SMBIOS_UUID, type = CommandType.BOOLEAN,
            description = "true forgets the host's SMBIOS UUID (e.g. after a mainboard swap); not with smbiosuuid")
    private Boolean clearSmbiosUuid;

    @Parameter(name = ParamNames.CLEAR_PROFILE, type = CommandType.BOOLEAN,
            description = "true leaves the host without a default install profile (not while it is PROVISIONING); "
                    + "not with profileid")
    private Boolean clearProfile;

    @Parameter(name = ParamNames.CLEAR_BOND_MODE, type = CommandType.BOOLEAN,
            description = "true makes a bonded host a single-NIC host again (give its one MAC in macaddresses); "
                    + "not with bondmode")
    private Boolean clearBondMode;

    @Override
    public void execute() {
        NetbootHostResponse response = ApiErrors.translate(() -> {
            HostChange change = new HostChange();
            change.hostname = ApiParams.parse(ApiConstants.HOST_NAME, hostname, Hostname::parse);
            change.macs = ApiParams.parseEach(ParamNames.MAC_ADDRESSES, macAddresses, Mac::parse);
            change.smbiosUuid = ApiParams.parse(ParamNames.SMBIOS_UUID, smbiosUuid, SmbiosUuid::parse);
            change.bondMode = ApiParams.parse(ParamNames.BOND_MODE, bondMode, v -> BondMode.parse(ParamNames.BOND_MODE, v));
            change.profileUuid = profileId;
            change.clearSmbiosUuid = Boolean.TRUE.equals(clearSmbiosUuid);
            change.clearProfile = Boolean.TRUE.equals(clearProfile);
            change.clearBondMode = Boolean.TRUE.equals(clearBondMode);
            return new Responses(manager.services()).host(manager.services().hosts().update(id, change));
        });
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
