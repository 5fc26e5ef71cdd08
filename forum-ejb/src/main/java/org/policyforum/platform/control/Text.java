package org.policyforum.platform.control;

import org.policyforum.platform.boundary.RuleViolation;

/** Checks on text that arrives from outside, before any rule looks at its meaning. */
public final class Text {

    private Text() {
    }

    /**
     * True for text that a browser mangled or a client forged: the replacement character left by undecodable bytes
     * (a non-UTF-8 post), or control characters other than line breaks and tabs.
     */
    public static boolean isGarbled(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> c == 0xFFFD || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
    }

    public static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /**
     * The stripped text of a required form field, or a refusal naming the field: {@code <keyPrefix>.required},
     * {@code <keyPrefix>.tooLong} (with the limit as argument) or {@code input.garbled}.
     */
    public static String required(String field, String value, int maxLength, String keyPrefix) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, keyPrefix + ".required");
        }
        if (text.length() > maxLength) {
            throw new RuleViolation(field, keyPrefix + ".tooLong", maxLength);
        }
        if (isGarbled(text)) {
            throw new RuleViolation(field, "input.garbled");
        }
        return text;
    }
}
