// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.exception;

import com.cloud.utils.exception.CloudRuntimeException;

/** ApiServer answers it with PARAM_ERROR (431). */
public class InvalidParameterValueException extends CloudRuntimeException {
    public InvalidParameterValueException(String message) {
        super(message);
    }
}
