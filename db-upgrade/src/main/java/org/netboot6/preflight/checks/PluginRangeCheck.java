package org.netboot6.preflight.checks;

import java.util.List;

import org.netboot6.preflight.BuildInfo;
import org.netboot6.preflight.Check;
import org.netboot6.preflight.Context;
import org.netboot6.preflight.CsVersion;
import org.netboot6.preflight.Finding;

/** The target CloudStack lies in the range this netboot6 release supports; no package downgrade. */
public final class PluginRangeCheck implements Check {
    @Override
    public String id() {
        return "cs-version";
    }

    @Override
    public String title() {
        return "Target CloudStack version supported by netboot6";
    }

    @Override
    public String description() {
        return "netboot6 " + BuildInfo.VERSION + " supports cloudstack-management >= " + BuildInfo.CLOUDSTACK_MIN
                + " and < " + BuildInfo.CLOUDSTACK_BELOW + ".";
    }

    /**
     * "CloudStack X" for messages of other checks; for a target outside netboot6's range it says that their rules
     * were made for the range only (cs-version FAILs such a target on its own).
     */
    public static String cloudStack(CsVersion target) {
        if (target == null) {
            return "CloudStack " + BuildInfo.CLOUDSTACK_MIN + "+";
        }
        boolean known = !target.isBefore(BuildInfo.CLOUDSTACK_MIN) && target.isBefore(BuildInfo.CLOUDSTACK_BELOW);
        return "CloudStack " + target + (known ? "" : " (outside what this netboot6 knows, " + BuildInfo.CLOUDSTACK_MIN
                + " to before " + BuildInfo.CLOUDSTACK_BELOW + ": judged by the nearest rule)");
    }

    static Finding judge(CsVersion installed, CsVersion target, CsVersion min, CsVersion below) {
        String range = ">= " + min + " and < " + below;
        if (target == null) {
            return Finding.notice("cloudstack-management", "no target version given and cloudstack-management is not installed");
        }
        String move = installed == null ? "installed at " + target
                : installed.equals(target) ? "kept at " + target : "upgraded " + installed + " -> " + target;
        if (installed != null && target.isBefore(installed)) {
            return Finding.fail("cloudstack-management", "cloudstack-management would be downgraded " + installed + " -> " + target,
                    "CloudStack does not support downgrades; the server will refuse the newer schema",
                    "restore the pre-upgrade database dump before installing an older cloudstack-management");
        }
        if (target.isBefore(min) || !target.isBefore(below)) {
            return Finding.fail("cloudstack-management", "cloudstack-management would be " + move + " but cloudstack-netboot6 "
                            + BuildInfo.VERSION + " supports " + range,
                    "the plugin jar would load into a CloudStack it was not built for",
                    "install a cloudstack-netboot6 that supports " + target + " in the same apt command, or hold"
                            + " cloudstack-management (apt-mark hold cloudstack-management)");
        }
        return Finding.ok("cloudstack-management", "cloudstack-management " + (installed != null && installed.equals(target)
                ? target + " (installed, unchanged)" : move) + " is in netboot6's range " + range);
    }

    @Override
    public List<Finding> run(Context ctx) {
        return List.of(judge(ctx.settings().installed, ctx.target(), BuildInfo.CLOUDSTACK_MIN, BuildInfo.CLOUDSTACK_BELOW));
    }
}
