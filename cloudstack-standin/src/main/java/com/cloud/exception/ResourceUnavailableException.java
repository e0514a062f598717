// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.exception;

public class ResourceUnavailableException extends CloudException {
    private final Class<?> scope;
    private final long resourceId;

    public ResourceUnavailableException(String message, Class<?> scope, long resourceId) {
        this(message, scope, resourceId, null);
    }

    public ResourceUnavailableException(String message, Class<?> scope, long resourceId, Throwable cause) {
        super(message, cause);
        this.scope = scope;
        this.resourceId = resourceId;
    }

    public Class<?> getScope() {
        return scope;
    }

    public long getResourceId() {
        return resourceId;
    }
}
