package org.policyforum.partner.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A partner's origins as an operator types them (one per line or comma-separated), checked to be exactly what a
 * browser sends in {@code Origin}: {@code scheme://host[:port]}, http or https, no path, query, user or wildcard; a
 * default port is dropped, as the browser drops it, so that the comparison is exact.
 */
public final class Origins {

    public static final String FIELD = "origins";
    static final int MAX_ORIGINS = 20;
    static final int MAX_TEXT = 2000;

    private Origins() {}

    public static List<String> parse(String typed) {
        String text = Text.required(FIELD, typed, MAX_TEXT, "partner.origins");
        Set<String> origins = new LinkedHashSet<>();
        for (String line : text.split("[\\s,]+")) {
            if (!line.isEmpty()) {
                origins.add(origin(line));
            }
        }
        if (origins.isEmpty()) {
            throw new RuleViolation(FIELD, "partner.origins.required");
        }
        if (origins.size() > MAX_ORIGINS) {
            throw new RuleViolation(FIELD, "partner.origins.tooMany", MAX_ORIGINS);
        }
        return List.copyOf(origins);
    }

    /** One origin in the browser's form, or {@code partner.origins.invalid} naming what was typed. */
    static String origin(String typed) {
        try {
            URI uri = new URI(typed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // a trailing slash is how origins are often copied from the address bar; any other path is not an origin
            boolean bare = (uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                throw invalid(typed);
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") ? port == 80 : port == 443);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw invalid(typed);
        }
    }

    private static RuleViolation invalid(String typed) {
        String shown = typed.length() > 80 ? typed.substring(0, 80) + "…" : typed;
        return new RuleViolation(FIELD, "partner.origins.invalid", shown);
    }
}
