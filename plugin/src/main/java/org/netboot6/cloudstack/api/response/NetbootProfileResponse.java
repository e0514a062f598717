package org.netboot6.cloudstack.api.response;

import java.util.List;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** An install profile as the API shows it; the password hash itself is never shown. */
public class NetbootProfileResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the id of the profile")
    private String id;

    @SerializedName(ApiConstants.NAME)
    @Param(description = "the name of the profile")
    private String name;

    @SerializedName("release")
    @Param(description = "the release installed: debian-12, debian-13, ubuntu-22.04, ubuntu-24.04 or el-9")
    private String release;

    @SerializedName("kernelurl")
    @Param(description = "the installer kernel URL")
    private String kernelUrl;

    @SerializedName("initrdurl")
    @Param(description = "the installer initrd URL")
    private String initrdUrl;

    @SerializedName("mirror")
    @Param(description = "the package mirror (Debian/Ubuntu archive root, EL install tree)")
    private String mirror;

    @SerializedName("isourl")
    @Param(description = "Ubuntu only: the live-server ISO the installer downloads")
    private String isoUrl;

    @SerializedName("addressing")
    @Param(description = "how the installed host gets its address: STATIC or SLAAC")
    private String addressing;

    @SerializedName(ApiConstants.USERNAME)
    @Param(description = "the account that can log in to the installed host (root, or a user with sudo)")
    private String username;

    @SerializedName("sshkeys")
    @Param(description = "the SSH public keys of that account")
    private List<String> sshKeys;

    @SerializedName("haspassword")
    @Param(description = "whether the account has a password hash (the hash is not shown)")
    private Boolean hasPassword;

    @SerializedName("packages")
    @Param(description = "extra packages installed")
    private List<String> packages;

    @SerializedName("kernelargs")
    @Param(description = "extra kernel arguments of the installer and the installed system")
    private List<String> kernelArgs;

    @SerializedName("disk")
    @Param(description = "the install disk; absent: the installer's choice")
    private String disk;

    public NetbootProfileResponse() {
        setObjectName("netbootprofile");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelease() {
        return release;
    }

    public void setRelease(String release) {
        this.release = release;
    }

    public String getKernelUrl() {
        return kernelUrl;
    }

    public void setKernelUrl(String kernelUrl) {
        this.kernelUrl = kernelUrl;
    }

    public String getInitrdUrl() {
        return initrdUrl;
    }

    public void setInitrdUrl(String initrdUrl) {
        this.initrdUrl = initrdUrl;
    }

    public String getMirror() {
        return mirror;
    }

    public void setMirror(String mirror) {
        this.mirror = mirror;
    }

    public String getIsoUrl() {
        return isoUrl;
    }

    public void setIsoUrl(String isoUrl) {
        this.isoUrl = isoUrl;
    }

    public String getAddressing() {
        return addressing;
    }

    public void setAddressing(String addressing) {
        this.addressing = addressing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getSshKeys() {
        return sshKeys;
    }

    public void setSshKeys(List<String> sshKeys) {
        this.sshKeys = sshKeys;
    }

    public Boolean getHasPassword() {
        return hasPassword;
    }

    public void setHasPassword(Boolean hasPassword) {
        this.hasPassword = hasPassword;
    }

    public List<String> getPackages() {
        return packages;
    }

    public void setPackages(List<String> packages) {
        this.packages = packages;
    }

    public List<String> getKernelArgs() {
        return kernelArgs;
    }

    public void setKernelArgs(List<String> kernelArgs) {
        this.kernelArgs = kernelArgs;
    }

    public String getDisk() {
        return disk;
    }

    public void setDisk(String disk) {
        this.disk = disk;
    }
}
