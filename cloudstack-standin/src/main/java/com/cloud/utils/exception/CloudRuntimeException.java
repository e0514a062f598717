// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.exception;

/** CloudStack's unchecked exception (the real class also implements ErrorContext, not covered by the listing). */
public class CloudRuntimeException extends RuntimeException {
    public CloudRuntimeException(String message) {
        super(message);
    }

    public CloudRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    public CloudRuntimeException(Throwable cause) {
        super(cause);
    }
}
