package org.policyforum.topic.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What background material may contain: headings, paragraphs, lists, tables, emphasis, links (http/https/mailto,
 * opened with rel="nofollow noopener") and images by http/https URL. Scripts, styles, event handlers and
 * javascript: URLs never survive.
 */
public final class HtmlSanitiser {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("h2", "h3", "h4", "figure", "figcaption", "hr")
                    .toFactory());

    private HtmlSanitiser() {}

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
