package org.policyforum.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes a feed in one of the two formats; ROME escapes every text, so no markup of a member reaches a reader. */
final class FeedWriter {

    /** The two formats, by the address's extension. */
    enum Format {
        ATOM("atom_1.0", "application/atom+xml;charset=UTF-8"),
        RSS("rss_2.0", "application/rss+xml;charset=UTF-8");

        final String romeType;
        final String mediaType;

        Format(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }

        static Format of(String extension) {
            return "rss".equals(extension) ? RSS : ATOM;
        }
    }

    private FeedWriter() {}

    /**
     * @param author the organisation, which publishes the feed
     * @param self the feed's own address (Atom's {@code rel="self"})
     * @param page the page the feed follows
     * @param updated the newest entry's time, or when the feed was first possible if it has none
     */
    static String write(
            Format format,
            String title,
            String author,
            String description,
            URI self,
            URI page,
            String language,
            Instant updated,
            List<FeedEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(title);
        feed.setDescription(description);
        // Atom wants an author for the feed when its entries name none (members' names are in the titles)
        feed.setAuthor(author);
        feed.setUri(page.toString());
        feed.setLink(page.toString());
        feed.setLanguage(language);
        feed.setPublishedDate(Date.from(updated));
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", page));
        links.add(link("self", self));
        feed.setLinks(links);
        List<SyndEntry> items = new ArrayList<>();
        for (FeedEntry entry : entries) {
            SyndEntry item = new SyndEntryImpl();
            item.setUri(entry.id());
            item.setTitle(entry.title());
            item.setLink(entry.link().toString());
            item.setPublishedDate(Date.from(entry.published()));
            item.setUpdatedDate(Date.from(entry.published()));
            SyndContent text = new SyndContentImpl();
            text.setType("text/plain");
            text.setValue(entry.text());
            item.setDescription(text);
            items.add(item);
        }
        feed.setEntries(items);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed that ROME cannot write: " + e.getMessage(), e);
        }
    }

    private static SyndLink link(String rel, URI href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href.toString());
        return link;
    }
}
