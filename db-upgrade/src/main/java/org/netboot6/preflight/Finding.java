package org.netboot6.preflight;

import java.util.Objects;

/**
 * One line of the report: {@code FAIL [id] fact; consequence; fix}. OK and NOTICE findings usually carry only
 * the fact. {@code object} names the offending thing (a file, a jar, a database object) for the JSON report.
 */
public final class Finding {
    private final Severity severity;
    private final String object;
    private final String fact;
    private final String consequence;
    private final String fix;

    private Finding(Severity severity, String object, String fact, String consequence, String fix) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.object = object == null ? "" : object;
        this.fact = Objects.requireNonNull(fact, "fact");
        this.consequence = consequence == null ? "" : consequence;
        this.fix = fix == null ? "" : fix;
    }

    public static Finding ok(String object, String fact) {
        return new Finding(Severity.OK, object, fact, null, null);
    }

    public static Finding notice(String object, String fact) {
        return new Finding(Severity.NOTICE, object, fact, null, null);
    }

    public static Finding warn(String object, String fact, String consequence, String fix) {
        return new Finding(Severity.WARN, object, fact, consequence, fix);
    }

    public static Finding fail(String object, String fact, String consequence, String fix) {
        return new Finding(Severity.FAIL, object, fact, consequence, fix);
    }

    public Severity severity() {
        return severity;
    }

    public String object() {
        return object;
    }

    public String fact() {
        return fact;
    }

    public String consequence() {
        return consequence;
    }

    public String fix() {
        return fix;
    }

    /** fact; consequence; fix, leaving out empty parts. */
    public String description() {
        StringBuilder sb = new StringBuilder(fact);
        if (!consequence.isEmpty()) {
            sb.append("; ").append(consequence);
        }
        if (!fix.isEmpty()) {
            sb.append("; ").append(fix);
        }
        return sb.toString();
    }

    /** The report line for a check id, e.g. {@code FAIL [jdbc-driver] ...}. */
    public String line(String checkId) {
        return severity.name() + " [" + checkId + "] " + description();
    }

    @Override
    public String toString() {
        return severity + " " + description();
    }
}
