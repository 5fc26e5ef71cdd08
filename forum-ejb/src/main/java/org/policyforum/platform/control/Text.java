package org.policyforum.platform.control;

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
}
