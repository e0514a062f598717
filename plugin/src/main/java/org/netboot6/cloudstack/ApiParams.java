package org.netboot6.cloudstack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.netboot6.model.InvalidValueException;

/** Request values into core value types, with errors that name the API parameter (and the list entry). */
public final class ApiParams {
    private ApiParams() {
    }

    /** Null for an absent parameter; otherwise the parsed value, or an error naming {@code param}. */
    public static <T> T parse(String param, String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (InvalidValueException e) {
            throw new ApiParameterException(param, e.problem());
        }
    }

    /** The same for parsers that take the field name themselves. */
    public static <T> T parseNamed(String param, String value, BiFunction<String, String, T> parser) {
        return parse(param, value, v -> parser.apply(param, v));
    }

    /** Each entry of a LIST parameter (CloudStack splits it on commas); null for an absent parameter. */
    public static <T> List<T> parseEach(String param, List<String> values, Function<String, T> parser) {
        if (values == null) {
            return null;
        }
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String entry = values.get(i).trim();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                parsed.add(parser.apply(entry));
            } catch (InvalidValueException e) {
                throw new ApiParameterException(param, "entry " + (i + 1) + " " + e.problem());
            }
        }
        return parsed;
    }

    public static <T> List<T> parseEachNamed(String param, List<String> values, BiFunction<String, String, T> parser) {
        return parseEach(param, values, v -> parser.apply(param, v));
    }
}
