// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.component;

/** Base of managers. Note: in 4.22 it does not implement Manager; a manager interface extends Manager itself. */
public class ManagerBase extends ComponentLifecycleBase implements ComponentMethodInterceptable {
    public ManagerBase() {
    }
}
