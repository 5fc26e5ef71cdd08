package org.policyforum.newsletter.control;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyforum.platform.control.MailPort;

/**
 * Subject, plain text and HTML for each kind of mail, from the resource bundle {@code mails} in the member's
 * language. Values are put in with {@code ${name}} placeholders; in HTML they are escaped first.
 */
public final class MailTemplates {

    public record Rendered(String subject, String text, String html) {}

    /** Values that are one address: in HTML the whole value is a link. */
    private static final Set<String> SINGLE_LINKS = Set.of("link", "unsubscribe");
    /** Values that are lists of lines with addresses in them (the digest's topics): their addresses become links. */
    private static final Set<String> WITH_LINKS = Set.of("topics");

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailTemplates() {}

    public static Rendered render(MailPort.Kind kind, Locale locale, Map<String, String> values) {
        ResourceBundle bundle = bundle(locale);
        String key = kind.name().toLowerCase(Locale.ROOT);
        String subject = fill(bundle.getString(key + ".subject"), values, false);
        String text = fill(bundle.getString(key + ".body"), values, false) + "\n\n" + bundle.getString("footer");
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body><p>"
                + fill(escape(bundle.getString(key + ".body")), values, true)
                        .replace("\n\n", "</p><p>")
                        .replace("\n", "<br>")
                + "</p><p style=\"color:#555\">" + escape(bundle.getString("footer")) + "</p></body></html>";
        return new Rendered(subject, text, html);
    }

    /** The mails bundle in the member's language: English for "en", Korean (the default) for everything else. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.policyforum.newsletter.control.mails",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN,
                MailTemplates.class.getClassLoader());
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        String result = template;
        for (var entry : values.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue();
            if (html) {
                value = SINGLE_LINKS.contains(entry.getKey())
                        ? "<a href=\"" + escape(value) + "\">" + escape(value) + "</a>"
                        : WITH_LINKS.contains(entry.getKey()) ? linked(escape(value)) : escape(value);
            }
            result = result.replace("${" + entry.getKey() + "}", value);
        }
        return result;
    }

    /** Escaped text whose addresses become links; an escaped address is a valid attribute value as it stands. */
    private static String linked(String escaped) {
        return URL.matcher(escaped)
                .replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
