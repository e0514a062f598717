package org.netboot6.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts fixed at build time (from the Maven build): this release's version and its CloudStack range. */
public final class BuildInfo {
    /** File name of the plugin jar in CloudStack's lib dir, as the Debian package installs it. */
    public static final String PLUGIN_JAR_NAME = "cloudstack-netboot6-plugin.jar";

    public static final String VERSION;
    /** lowest supported CloudStack version (inclusive) */
    public static final CsVersion CLOUDSTACK_MIN;
    /** first unsupported CloudStack version (exclusive) */
    public static final CsVersion CLOUDSTACK_BELOW;

    static {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties missing from the preflight jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VERSION = p.getProperty("version");
        CLOUDSTACK_MIN = CsVersion.parse(p.getProperty("cloudstack.min"));
        CLOUDSTACK_BELOW = CsVersion.parse(p.getProperty("cloudstack.below"));
    }

    private BuildInfo() {
    }
}
