package org.netboot6.model;

/** Bad input: names the field and says what is wrong with it. Nothing has been changed when it is thrown. */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    public InvalidValueException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The same problem reported under an outer field name, e.g. "dnsServers[1]". */
    public InvalidValueException under(String outerField) {
        InvalidValueException e = new InvalidValueException(outerField, problem);
        e.initCause(this);
        return e;
    }
}
