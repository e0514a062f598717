// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.exception;

public abstract class InsufficientCapacityException extends CloudException {
    private final Class<?> scope;
    private final Long id;

    public InsufficientCapacityException(String message, Class<?> scope, Long id) {
        super(message);
        this.scope = scope;
        this.id = id;
    }

    public Class<?> getScope() {
        return scope;
    }

    public long getId() {
        return id;
    }
}
