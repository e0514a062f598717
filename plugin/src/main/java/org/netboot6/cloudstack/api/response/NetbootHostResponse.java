package org.netboot6.cloudstack.api.response;

import java.util.List;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** A netboot6 host (bare metal or a guest VM's NIC) as the API shows it. */
public class NetbootHostResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the id of the netboot6 host")
    private String id;

    @SerializedName(ApiConstants.HOST_NAME)
    @Param(description = "the host name")
    private String hostname;

    @SerializedName("kind")
    @Param(description = "BAREMETAL or GUEST_VM")
    private String kind;

    @SerializedName(ApiConstants.STATE)
    @Param(description = "READY, PROVISIONING (an install or probe is armed) or DONE")
    private String state;

    @SerializedName("macaddresses")
    @Param(description = "the MACs that identify the host, primary first (a bond: every port's permanent MAC)")
    private List<String> macAddresses;

    @SerializedName("bondmode")
    @Param(description = "bond mode when the MACs are one bond's ports")
    private String bondMode;

    @SerializedName("ipaddress")
    @Param(description = "the planned address of the installed system")
    private String ipAddress;

    @SerializedName("smbiosuuid")
    @Param(description = "the SMBIOS UUID, when known")
    private String smbiosUuid;

    @SerializedName(ApiConstants.NETWORK_ID)
    @Param(description = "the id of the boot network")
    private String networkId;

    @SerializedName("networkname")
    @Param(description = "the name of the boot network")
    private String networkName;

    @SerializedName("profileid")
    @Param(description = "the id of the install profile armed or last used")
    private String profileId;

    @SerializedName("profilename")
    @Param(description = "the name of that install profile")
    private String profileName;

    @SerializedName(ApiConstants.HOST_ID)
    @Param(description = "bare metal: the linked CloudStack host (for out-of-band power control)")
    private String hostId;

    @SerializedName(ApiConstants.VIRTUAL_MACHINE_ID)
    @Param(description = "guest VM: the linked CloudStack VM")
    private String virtualMachineId;

    @SerializedName("restart")
    @Param(description = "provisionNetbootHost only: how the host was restarted to boot the armed install")
    private String restart;

    public NetbootHostResponse() {
        setObjectName("netboothost");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = hostname;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public List<String> getMacAddresses() {
        return macAddresses;
    }

    public void setMacAddresses(List<String> macAddresses) {
        this.macAddresses = macAddresses;
    }

    public String getSmbiosUuid() {
        return smbiosUuid;
    }

    public void setSmbiosUuid(String smbiosUuid) {
        this.smbiosUuid = smbiosUuid;
    }

    public String getNetworkId() {
        return networkId;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public String getNetworkName() {
        return networkName;
    }

    public void setNetworkName(String networkName) {
        this.networkName = networkName;
    }

    public String getProfileId() {
        return profileId;
    }

    public void setProfileId(String profileId) {
        this.profileId = profileId;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public String getHostId() {
        return hostId;
    }

    public void setHostId(String hostId) {
        this.hostId = hostId;
    }

    public String getVirtualMachineId() {
        return virtualMachineId;
    }

    public void setVirtualMachineId(String virtualMachineId) {
        this.virtualMachineId = virtualMachineId;
    }

    public String getRestart() {
        return restart;
    }

    public void setRestart(String restart) {
        this.restart = restart;
    }

    public String getBondMode() {
        return bondMode;
    }

    public void setBondMode(String bondMode) {
        this.bondMode = bondMode;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public void setIpAddress(String ipAddress) {
        this.ipAddress = ipAddress;
    }
}
