package org.netboot6.model;

import java.util.List;

/** Lists whose entries must not repeat (by equals), refused naming the first repeat: {@code dnsServers[1]}. */
final class Distinct {
    private Distinct() {
    }

    static void require(String field, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.indexOf(values.get(i)) != i) {
                throw new InvalidValueException(field + "[" + i + "]", "repeats " + values.get(i));
            }
        }
    }
}
