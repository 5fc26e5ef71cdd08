package org.policyforum.outcome.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A link from a timeline entry to a document or press release: a label and an absolute http or https address with
 * a host. Anything else ({@code javascript:}, {@code data:}, a relative path, spaces or control characters) is refused
 * with {@code outcome.link.invalid}, so a page can put the address in an {@code href} as it stands. A timeline
 * entry stores its links as lines of {@code label TAB address} ({@link #store}, {@link #read}).
 */
public final class DocumentLink {

    public static final int LABEL_MAX = 200;
    public static final int URL_MAX = 500;

    private final String label;
    private final String url;

    private DocumentLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    /** @param label checked text (the boundary's text guard ran); @param url as typed */
    public static DocumentLink of(String label, String url) {
        if (label == null || label.isBlank() || label.length() > LABEL_MAX) {
            throw new RuleViolation("links", "outcome.link.label.required");
        }
        // a tab or line break would split the stored form (one link a line, label TAB address)
        return new DocumentLink(label.replaceAll("[\\t\\r\\n]+", " ").strip(), checkedUrl(url));
    }

    /** The address as it will be stored, or a refusal: http/https, absolute, with a host, no blanks, bounded. */
    static String checkedUrl(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty()
                || text.length() > URL_MAX
                || text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new RuleViolation("links", "outcome.link.invalid");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new RuleViolation("links", "outcome.link.invalid");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolation("links", "outcome.link.invalid");
        }
        return text;
    }

    /** The links as one column's text: a line each, label TAB address; null for none. */
    static String store(List<DocumentLink> links) {
        if (links.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (DocumentLink link : links) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(link.label).append('\t').append(link.url);
        }
        return text.toString();
    }

    static List<DocumentLink> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<DocumentLink> links = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                links.add(new DocumentLink(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return List.copyOf(links);
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentLink link && link.label.equals(label) && link.url.equals(url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, url);
    }
}
