package org.policyforum.platform.control;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The one guard for text a person typed, used by every boundary that stores, mails or logs it (names, opinions,
 * comments, suggestions, briefs, reasons, addresses, settings, search words…), so that neither a page nor the REST
 * API nor a future caller can pass it by. It runs before any rule looks at the text's meaning:
 * <ul>
 * <li>the text is NFC-normalised (so 한 typed as three jamo and as one syllable are the same text and length);</li>
 * <li>in running text, direction overrides and isolates (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) and other
 * invisible format characters are removed, since they only serve to make text display other than it reads; the
 * joiners that emoji and some scripts need (U+200C, U+200D) stay. In a name they are refused
 * ({@code input.name.invisible}): a name must read as it shows;</li>
 * <li>text shaped like a resident registration number ({@link ResidentNumbers}) is refused with
 * {@code input.residentNumber}, and nothing is stored;</li>
 * <li>text longer than the field's limit is refused with {@code <keyPrefix>.tooLong} (the limit and the length as
 * arguments), never cut;</li>
 * <li>mangled or forged text (the replacement character, control characters) is refused with
 * {@code input.garbled}.</li>
 * </ul>
 * Lengths are counted after normalising, in UTF-16 units, as the browser's counter counts them.
 */
public final class Text {

    /** Direction controls and invisible format characters that running text loses; not the joiners U+200C/D. */
    private static final Pattern INVISIBLE_IN_TEXT = Pattern.compile("[\\p{Cf}&&[^\\u200C\\u200D]]");
    /** What a name must not hold: every format character, and the Hangul fillers that show as blank letters. */
    private static final Pattern INVISIBLE_IN_NAME = Pattern.compile("[\\p{Cf}\\u3164\\uFFA0\\u115F\\u1160]");

    private Text() {}

    /**
     * True for text that a browser mangled or a client forged: the replacement character left by undecodable bytes
     * (a non-UTF-8 post), or control characters other than line breaks and tabs.
     */
    public static boolean isGarbled(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints()
                .anyMatch(c -> c == 0xFFFD || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
    }

    public static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** NFC, without direction overrides and invisible format characters, stripped; null stays null. */
    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        return INVISIBLE_IN_TEXT
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("")
                .strip();
    }

    /**
     * Whether search words can find nothing and must go no further: shaped like a resident registration number (no
     * stored text holds one) or garbled (PostgreSQL refuses a NUL in any text parameter, so the search would fail).
     */
    public static boolean unsearchable(String words) {
        return holdsResidentNumber(words) || isGarbled(words);
    }

    /** Whether the text holds something shaped like a resident registration number. */
    public static boolean holdsResidentNumber(String text) {
        return ResidentNumbers.appearIn(text);
    }

    /**
     * The neutralised text of a required form field, or a refusal naming the field: {@code <keyPrefix>.required},
     * {@code <keyPrefix>.tooLong} (with the limit and the length typed as arguments), {@code input.garbled} or
     * {@code input.residentNumber}.
     */
    public static String required(String field, String value, int maxLength, String keyPrefix) {
        String text = value == null ? "" : neutralise(value);
        if (text.isEmpty()) {
            throw new RuleViolation(field, keyPrefix + ".required");
        }
        return checked(field, text, maxLength, keyPrefix);
    }

    /** As {@link #required}, but an empty field is no text: null. */
    public static String optional(String field, String value, int maxLength, String keyPrefix) {
        String text = value == null ? "" : neutralise(value);
        return text.isEmpty() ? null : checked(field, text, maxLength, keyPrefix);
    }

    /**
     * A person's or an organisation's name: NFC, stripped, {@code minLength} to {@code maxLength} long (else
     * {@code sizeKey} with the limit, the length and the minimum as arguments; {@code requiredKey} when empty);
     * invisible and
     * direction characters are refused ({@code input.name.invisible}) rather than removed, so that what was typed is
     * what others see.
     */
    public static String name(
            String field, String value, int minLength, int maxLength, String requiredKey, String sizeKey) {
        String text = value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, requiredKey);
        }
        if (isGarbled(text)) {
            throw new RuleViolation(field, "input.garbled");
        }
        // the gravest first: a resident number is named as such, also when written with invisible characters
        if (holdsResidentNumber(text)) {
            throw new RuleViolation(field, "input.residentNumber");
        }
        if (INVISIBLE_IN_NAME.matcher(text).find()) {
            throw new RuleViolation(field, "input.name.invisible");
        }
        if (text.length() < minLength || text.length() > maxLength) {
            throw new RuleViolation(field, sizeKey, maxLength, text.length(), minLength);
        }
        return text;
    }

    /**
     * Search words as a query may use them, or null for none: words holding a resident registration number, or
     * mangled ones, find nothing and must be neither logged nor echoed, so they count as no words (the caller shows
     * no results rather than everything).
     */
    public static String searchWords(String value, int maxLength) {
        String text = value == null ? "" : neutralise(value);
        if (text.isEmpty() || text.length() > maxLength || isGarbled(text) || holdsResidentNumber(text)) {
            return null;
        }
        return text;
    }

    /**
     * A {@code LIKE} pattern that finds {@code words} anywhere, the words' own {@code %}, {@code _} and backslashes
     * taken literally: the query says {@code LIKE :pattern ESCAPE '\\'}.
     */
    public static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String checked(String field, String text, int maxLength, String keyPrefix) {
        if (isGarbled(text)) {
            throw new RuleViolation(field, "input.garbled");
        }
        if (holdsResidentNumber(text)) {
            throw new RuleViolation(field, "input.residentNumber");
        }
        if (text.length() > maxLength) {
            throw new RuleViolation(field, keyPrefix + ".tooLong", maxLength, text.length());
        }
        return text;
    }
}
