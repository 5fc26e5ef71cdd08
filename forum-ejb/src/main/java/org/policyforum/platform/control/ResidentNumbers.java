package org.policyforum.platform.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of what looks like a Korean resident registration number (주민등록번호): the forum refuses
 * such text in every input, and the end-of-suite scan of the tests looks for the same shape in every table and log.
 *
 * <p>Six digits that form a plausible birth date YYMMDD (month 01-12, a day that exists in that month, 29 February
 * allowed), an optional hyphen, a digit 1-4, six more digits, and no letter or digit directly before or after. So
 * {@code 900101-1234567} and {@code 9001011234567} match; {@code 123456-7654321} (month 34), a phone number
 * {@code 010-1234-5678}, a date {@code 2026-12-02}, an amount {@code 1,234,567}, a longer digit run and a millisecond
 * timestamp such as {@code 1732665600000} (month 26) do not. The date check and the digit boundaries are there
 * because the bare pattern {@code \d{6}-?[1-4]\d{6}} also fires inside card numbers, order numbers and most 13-digit
 * timestamps. The check digit is not tested because numbers issued since October 2020 have none.
 */
public final class ResidentNumbers {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{2})(\\d{2})(\\d{2})-?[1-4]\\d{6}(?![0-9A-Za-z])");
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Dashes a keyboard or a word processor may put where the hyphen goes. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\u30FC]");
    /**
     * The two halves written apart, as people do when a form refuses the hyphen: a space, a dot, a slash, an
     * underscore or a spaced hyphen between them ({@code 900101 1234567}, {@code 900101 - 1234567}).
     */
    private static final Pattern SPACED =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{6})[\\s._/-]{1,3}([1-4]\\d{6})(?![0-9A-Za-z])");
    /** Characters that show nothing, which an evasion puts between the digits. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u3164\\uFFA0\\u115F\\u1160]");

    private ResidentNumbers() {}

    /** The numbers in {@code text}, exactly as written (ASCII digits and hyphen); empty if none. */
    public static List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]) {
                found.add(m.group());
            }
        }
        return found;
    }

    /**
     * Whether a person's text holds one, also when written to slip past {@link #findIn}: full-width digits
     * (９００１０１), another dash, invisible characters between the digits, the halves set apart by a space or a dot.
     */
    public static boolean appearIn(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(DASHES.matcher(folded).replaceAll("-")).replaceAll("");
        folded = SPACED.matcher(folded).replaceAll("$1-$2");
        return !findIn(folded).isEmpty() || !findIn(text).isEmpty();
    }
}
