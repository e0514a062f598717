// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

public interface ResponseObject {
    String getResponseName();

    void setResponseName(String name);

    String getObjectName();

    void setObjectName(String name);

    String getObjectId();

    String getJobId();

    void setJobId(String jobId);

    Integer getJobStatus();

    void setJobStatus(Integer jobStatus);

    enum ResponseView {
        Full,
        Restricted
    }
}
