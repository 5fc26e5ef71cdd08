package org.policyforum.web.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The query parameters of {@code /api/v1}, read from text: a value the API does not document is a {@link BadParameter}
 * naming the parameter (400), never the engine's conversion failure. Absent or empty means the default.
 */
final class Parameters {

    private Parameters() {}

    /** A whole number in [min, max]. */
    static int number(String name, String raw, int absent, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadParameter(name);
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw new BadParameter(name);
        }
        return value;
    }

    /** One of an enumeration's names, exactly as the document lists them. */
    static <E extends Enum<E>> E choice(String name, String raw, Class<E> type, E absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(raw))
                .findFirst()
                .orElseThrow(() -> new BadParameter(name));
    }

    /** A month as {@code 2026-11}. */
    static YearMonth month(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() != 7) {
            throw new BadParameter(name);
        }
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException notAMonth) {
            throw new BadParameter(name);
        }
    }
}
