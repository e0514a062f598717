package org.netboot6.preflight;

import java.util.List;

/**
 * One read-only check. Implementations never change the database, the file system or the package state.
 * A check that cannot run for lack of an input (no database connection, no db.properties) returns a NOTICE
 * saying what was not verified; the check that owns that input reports the failure itself.
 */
public interface Check {
    /** Stable id shown as {@code [id]} and in the JSON report. */
    String id();

    /** Short title for the JSON report. */
    String title();

    /** What the check looks at and why, for the JSON report. */
    String description();

    List<Finding> run(Context context) throws Exception;
}
