package org.netboot6.cloudstack.api.response;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** One rendered file, for review. */
public class NetbootConfigFileResponse extends BaseResponse {
    @SerializedName(ApiConstants.NAME)
    @Param(description = "what the file is, e.g. radvd.conf or kea-dhcp6.conf")
    private String name;

    @SerializedName("content")
    @Param(description = "the file as netboot6 renders it, secrets masked")
    private String content;

    public NetbootConfigFileResponse() {
        setObjectName("file");
    }

    public NetbootConfigFileResponse(String name, String content) {
        this();
        this.name = name;
        this.content = content;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }
}
