// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.component;

import java.util.List;

/** A bean that contributes API command classes; ApiServer collects them at start. */
public interface PluggableService {
    List<Class<?>> getCommands();
}
