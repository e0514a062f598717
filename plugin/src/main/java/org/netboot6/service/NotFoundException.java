package org.netboot6.service;

import org.netboot6.model.InvalidValueException;

/** An id that names nothing (or something removed); names the parameter that carried it. */
public final class NotFoundException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String what, String id) {
        super(field, "names no " + what + ": " + id);
    }
}
