package org.netboot6.preflight;

/** Levels of a finding, mildest first. Only {@link #FAIL} makes the command exit 1. */
public enum Severity {
    OK("OK"),
    NOTICE("Notice"),
    WARN("Warning"),
    FAIL("Error");

    private final String jsonLevel;

    Severity(String jsonLevel) {
        this.jsonLevel = jsonLevel;
    }

    /** The level word MySQL Shell's checkForServerUpgrade uses in its JSON report. */
    public String jsonLevel() {
        return jsonLevel;
    }

    public Severity worst(Severity other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
