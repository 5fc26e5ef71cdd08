package org.policyforum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizens write plain text. For display it is escaped first, then web addresses become links that search engines
 * do not follow and that cannot reach back into the page; nothing else becomes markup.
 */
@Named
@ApplicationScoped
public class PlainText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    /** Escaped HTML with links; safe to render with escape="false". */
    public String html(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String escaped = escape(text);
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            String trailing = "";
            // sentence punctuation right after an address is not part of it
            while (!url.isEmpty() && ".,;:!?)]}'".indexOf(url.charAt(url.length() - 1)) >= 0) {
                trailing = url.charAt(url.length() - 1) + trailing;
                url = url.substring(0, url.length() - 1);
            }
            // an escaped entity (&lt; &gt; &quot; &#39;) ends the address
            int entity = firstEntity(url);
            if (entity >= 0) {
                trailing = url.substring(entity) + trailing;
                url = url.substring(0, entity);
            }
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            "<a href=\"" + url + "\" rel=\"nofollow ugc noopener noreferrer\" target=\"_blank\">" + url
                                    + "</a>" + trailing));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int firstEntity(String url) {
        int best = -1;
        for (String entity : new String[] {"&lt;", "&gt;", "&quot;", "&#39;"}) {
            int at = url.indexOf(entity);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
