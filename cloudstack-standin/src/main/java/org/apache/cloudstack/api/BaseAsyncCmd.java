// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

/** A command that runs as an async job: the client gets a job id at once and polls queryAsyncJobResult. */
public abstract class BaseAsyncCmd extends BaseCmd {

    public BaseAsyncCmd() {
    }

    /** An event type, usually a {@link com.cloud.event.EventTypes} constant. */
    public abstract String getEventType();

    public abstract String getEventDescription();

    public String getSyncObjType() {
        return null;
    }

    public Long getSyncObjId() {
        return null;
    }
}
