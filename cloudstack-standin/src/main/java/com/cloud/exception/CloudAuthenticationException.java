// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.exception;

import com.cloud.utils.exception.CloudRuntimeException;

public class CloudAuthenticationException extends CloudRuntimeException {
    public CloudAuthenticationException(String message) {
        super(message);
    }

    public CloudAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
