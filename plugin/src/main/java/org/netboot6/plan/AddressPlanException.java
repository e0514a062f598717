package org.netboot6.plan;

/** No free address could be found for a host: the prefix is (nearly) all reserved or taken. */
public final class AddressPlanException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AddressPlanException(String message) {
        super(message);
    }
}
