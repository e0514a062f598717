// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.exception;

/**
 * Declared by BaseCmd.execute(). Its only public constructor takes Resource.ResourceType, a type the listing does
 * not cover, so the stand-in cannot be constructed; netboot6 never throws it.
 */
public class ResourceAllocationException extends ManagementServerException {
    private ResourceAllocationException() {
    }
}
