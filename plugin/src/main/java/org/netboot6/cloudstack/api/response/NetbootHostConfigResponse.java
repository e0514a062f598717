package org.netboot6.cloudstack.api.response;

import java.util.List;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The files netboot6 renders for one host and its boot network, for operators to review. */
public class NetbootHostConfigResponse extends BaseResponse {
    @SerializedName(ApiConstants.ID)
    @Param(description = "the id of the netboot6 host")
    private String id;

    @SerializedName(ApiConstants.HOST_NAME)
    @Param(description = "the host name")
    private String hostname;

    @SerializedName("file")
    @Param(description = "the rendered files, secrets masked", responseObject = NetbootConfigFileResponse.class)
    private List<NetbootConfigFileResponse> files;

    public NetbootHostConfigResponse() {
        setObjectName("netboothostconfig");
    }

    public NetbootHostConfigResponse(String id, String hostname, List<NetbootConfigFileResponse> files) {
        this();
        this.id = id;
        this.hostname = hostname;
        this.files = files;
    }

    public String getId() {
        return id;
    }

    public String getHostname() {
        return hostname;
    }

    public List<NetbootConfigFileResponse> getFiles() {
        return files;
    }
}
