package org.policyforum.outcome.control;

import java.util.ArrayList;
import java.util.List;
import org.policyforum.outcome.entity.DocumentLink;
import org.policyforum.outcome.entity.TimelineEntry;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A timeline entry's links as an official types them: one per line, {@code label | address} or the address alone
 * (then the address is its label). Every label goes through the text guard; every address must be http or https.
 */
public final class EntryLinks {

    private EntryLinks() {}

    public static List<DocumentLink> parse(String lines) {
        List<DocumentLink> links = new ArrayList<>();
        if (lines == null || lines.isBlank()) {
            return links;
        }
        String[] all = lines.split("\\R");
        if (all.length > TimelineEntry.MAX_LINKS * 4) {
            throw new RuleViolation("links", "outcome.link.tooMany", TimelineEntry.MAX_LINKS);
        }
        for (String line : all) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
            String label = bar < 0 ? url : line.substring(0, bar);
            String checked = Text.required("links", label, DocumentLink.LABEL_MAX, "outcome.link.label");
            links.add(DocumentLink.of(checked, url));
            if (links.size() > TimelineEntry.MAX_LINKS) {
                throw new RuleViolation("links", "outcome.link.tooMany", TimelineEntry.MAX_LINKS);
            }
        }
        return links;
    }

    /** The links as the form shows them again. */
    public static String format(List<DocumentLink> links) {
        StringBuilder text = new StringBuilder();
        for (DocumentLink link : links) {
            text.append(link.getLabel()).append(" | ").append(link.getUrl()).append('\n');
        }
        return text.toString();
    }
}
