package org.netboot6.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** A CloudStack-style resource id (8-4-4-4-12 hex), as the API shows it. */
public final class ResourceUuid {
    private static final Pattern FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ResourceUuid() {
    }

    /** The id in lower case; refuses anything else with an error naming {@code field}. */
    public static String require(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, "is missing");
        }
        if (!FORM.matcher(text).matches()) {
            throw new InvalidValueException(field, "is not a UUID: " + Printable.of(text));
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
