// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

import com.cloud.utils.exception.CloudRuntimeException;

/** The exception API commands throw; ApiServer answers with its error code as HTTP status. */
public class ServerApiException extends CloudRuntimeException {
    private ApiErrorCode errorCode;
    private String description;

    public ServerApiException() {
        this(null, null);
    }

    public ServerApiException(ApiErrorCode errorCode, String description) {
        this(errorCode, description, null);
    }

    public ServerApiException(ApiErrorCode errorCode, String description, Throwable cause) {
        super(description, cause);
        this.errorCode = errorCode;
        this.description = description;
    }

    public ApiErrorCode getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(ApiErrorCode errorCode) {
        this.errorCode = errorCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String getMessage() {
        return description;
    }
}
