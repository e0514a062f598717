// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

/** Base of every API response: the response name (list/command) and the JSON object name. */
public abstract class BaseResponse implements ResponseObject {
    private transient String responseName;
    private transient String objectName;
    private String jobId;
    private Integer jobStatus;

    public BaseResponse() {
    }

    public BaseResponse(String objectName) {
        this.objectName = objectName;
    }

    @Override
    public final String getResponseName() {
        return responseName;
    }

    @Override
    public final void setResponseName(String responseName) {
        this.responseName = responseName;
    }

    @Override
    public final String getObjectName() {
        return objectName;
    }

    @Override
    public final void setObjectName(String objectName) {
        this.objectName = objectName;
    }

    @Override
    public String getObjectId() {
        return null;
    }

    @Override
    public String getJobId() {
        return jobId;
    }

    @Override
    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    @Override
    public Integer getJobStatus() {
        return jobStatus;
    }

    @Override
    public void setJobStatus(Integer jobStatus) {
        this.jobStatus = jobStatus;
    }
}
