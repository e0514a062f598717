// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api.response;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The answer of delete-like commands. */
public class SuccessResponse extends BaseResponse {
    @SerializedName("success")
    @Param(description = "true if operation is executed successfully")
    private Boolean success = true;

    @SerializedName(ApiConstants.DISPLAY_TEXT)
    @Param(description = "any text associated with the success or failure")
    private String displayText;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public String getDisplayText() {
        return displayText;
    }

    public void setDisplayText(String displayText) {
        this.displayText = displayText;
    }

    public SuccessResponse() {
    }

    public SuccessResponse(String responseName) {
        super.setResponseName(responseName);
    }
}
