package org.policyforum.platform.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean mobile numbers and e-mail addresses in running text. On a real-name forum, a number or an address written
 * into an opinion is most often somebody else's (an official's, a neighbour's): public text shows it masked, or a
 * moderator sees it first (the organisation's setting). The author's own address is in their account, never needed
 * in a post.
 */
public final class ContactDetails {

    /**
     * 010, 011, 016-019 with or without +82 and the leading 0, then 3-4 and 4 digits, separated by nothing, a hyphen,
     * a dot or a space; not inside a longer run of digits (an account or order number).
     */
    private static final Pattern MOBILE =
            Pattern.compile("(?<![\\d-])(?:(?:\\+|\\b)82[-. ]?1|01)([016-9])[-. ]?(\\d{3,4})[-. ]?(\\d{4})(?![\\d-])");

    /** A plain address: what a mail program would take, without quoted or bracketed forms. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])([\\w.%+-])[\\w.%+-]*@([\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ContactDetails() {}

    /** Whether the text holds a mobile number or an e-mail address. */
    public static boolean appearIn(String text) {
        return text != null
                && (MOBILE.matcher(text).find() || EMAIL.matcher(text).find());
    }

    /**
     * The text with every mobile number's digits after the carrier prefix masked ({@code 010-****-****}) and every
     * address's name masked but its first letter ({@code h***@example.com}); null stays null.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String numbers = MOBILE.matcher(text).replaceAll(m -> "01" + m.group(1) + "-****-****");
        Matcher address = EMAIL.matcher(numbers);
        return address.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }
}
