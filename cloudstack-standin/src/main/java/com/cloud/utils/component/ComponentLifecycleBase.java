// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package com.cloud.utils.component;

import java.util.HashMap;
import java.util.Map;

import javax.naming.ConfigurationException;

/**
 * Default lifecycle: the name is the simple class name, run level RUN_LEVEL_COMPONENT. The real class also has
 * protected fields (a log4j 2 Logger named logger, _name, _runLevel, _configParams); the listing shows public
 * members only, so the stand-in declares none of them and the adapter must not use them.
 */
public class ComponentLifecycleBase implements ComponentLifecycle {
    private String name;
    private int runLevel;
    private Map<String, Object> configParams = new HashMap<>();

    public ComponentLifecycleBase() {
        name = getClass().getSimpleName();
        runLevel = RUN_LEVEL_COMPONENT;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public void setConfigParams(Map<String, Object> params) {
        this.configParams = params;
    }

    @Override
    public Map<String, Object> getConfigParams() {
        return configParams;
    }

    @Override
    public int getRunLevel() {
        return runLevel;
    }

    @Override
    public void setRunLevel(int level) {
        this.runLevel = level;
    }

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        this.name = name;
        this.configParams = params;
        return true;
    }

    @Override
    public boolean start() {
        return true;
    }

    @Override
    public boolean stop() {
        return true;
    }
}
