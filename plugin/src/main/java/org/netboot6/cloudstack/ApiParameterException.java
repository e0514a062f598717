package org.netboot6.cloudstack;

import org.netboot6.model.InvalidValueException;

/** Bad input already named by its API parameter (not a core field name to be mapped). */
public final class ApiParameterException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    public ApiParameterException(String parameter, String problem) {
        super(parameter, problem);
    }
}
