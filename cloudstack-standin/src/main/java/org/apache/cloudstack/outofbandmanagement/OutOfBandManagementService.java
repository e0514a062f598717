// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.outofbandmanagement;

import org.apache.cloudstack.api.response.OutOfBandManagementResponse;

import com.cloud.host.Host;

/** Power operations on a CloudStack host through its configured out-of-band management (IPMI, Redfish, ...). */
public interface OutOfBandManagementService {
    boolean isOutOfBandManagementEnabled(Host host);

    /** timeout in seconds; null means the setting outofbandmanagement.action.timeout. */
    OutOfBandManagementResponse executePowerOperation(Host host, OutOfBandManagement.PowerOperation operation,
            Long timeout);
}
