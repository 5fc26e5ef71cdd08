package org.policyforum.web.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.boundary.TopicPages.OpinionQuery;
import org.policyforum.discussion.boundary.TopicPages.OpinionView;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/**
 * {@code GET /api/feeds/topics.atom|rss} (the newest topics of both forums) and
 * {@code GET /api/feeds/topics/{id}/opinions.atom|rss} (a topic's newest opinions). Anonymous reads through the
 * pages' boundaries; a reader that sends back the ETag or the Last-Modified it got is answered 304 without a body.
 */
@Path("feeds")
@ApplicationScoped
public class FeedResource {

    static final int ENTRIES = 20;
    private static final String BUNDLE = "org.policyforum.web.messages";
    /** A feed with no entry yet still needs a date: the forum's epoch is as good as any and never moves. */
    private static final Instant NO_ENTRY = Instant.parse("2026-01-01T00:00:00Z");

    @Inject
    Topics topics;

    @Inject
    TopicPages topicPages;

    @Inject
    Settings settings;

    @Inject
    ForumEnvironment environment;

    @Context
    HttpServletRequest request;

    @GET
    @Path("topics.{format: atom|rss}")
    public Response topics(@PathParam("format") String format, @Context Request conditions) {
        Locale locale = LocaleSelection.of(request);
        List<Topic> newest = new ArrayList<>();
        for (Forum forum : Forum.values()) {
            newest.addAll(topics.open(forum));
            newest.addAll(topics.archive(forum, 0, ENTRIES));
        }
        List<FeedEntry> entries = newest.stream()
                .sorted(Comparator.comparing(Topic::getOpensAt).reversed())
                .limit(ENTRIES)
                .map(topic -> new FeedEntry(
                        tag("topic", topic.getId()),
                        topic.getTitle(),
                        topic.getSummary(),
                        page("topic.xhtml?id=" + topic.getId()),
                        topic.getOpensAt()))
                .toList();
        return answer(
                conditions,
                FeedWriter.Format.of(format),
                text(locale, "feed.topics.title", organisation(locale)),
                text(locale, "feed.topics.description"),
                "topics." + format,
                page(""),
                locale,
                entries);
    }

    @GET
    @Path("topics/{id: [0-9]{1,18}}/opinions.{format: atom|rss}")
    public Response opinions(
            @PathParam("id") long id, @PathParam("format") String format, @Context Request conditions) {
        Locale locale = LocaleSelection.of(request);
        TopicPages.TopicDetails details =
                topicPages.page(id, OpinionQuery.firstPage(ENTRIES)).orElseThrow(NotFoundException::new);
        URI topicPage = page("topic.xhtml?id=" + id);
        List<FeedEntry> entries = details.opinions().stream()
                .map(opinion -> opinionEntry(opinion, topicPage, locale))
                .toList();
        return answer(
                conditions,
                FeedWriter.Format.of(format),
                text(locale, "feed.opinions.title", details.topic().getTitle()),
                text(locale, "feed.opinions.description", details.topic().getTitle()),
                "topics/" + id + "/opinions." + format,
                topicPage,
                locale,
                entries);
    }

    /** A hidden or withdrawn opinion keeps its place as on the page, with the placeholder and never its text. */
    private FeedEntry opinionEntry(OpinionView opinion, URI topicPage, Locale locale) {
        String stance = text(locale, "stance." + opinion.stance());
        if (!opinion.visible()) {
            String placeholder = text(locale, "opinion.placeholder." + opinion.status());
            return new FeedEntry(tag("opinion", opinion.id()), stance, placeholder, topicPage, opinion.createdAt());
        }
        return new FeedEntry(
                tag("opinion", opinion.id()),
                text(locale, "feed.opinion.title", stance, opinion.authorName()),
                opinion.body(),
                topicPage,
                opinion.createdAt());
    }

    private Response answer(
            Request conditions,
            FeedWriter.Format format,
            String title,
            String description,
            String selfPath,
            URI page,
            Locale locale,
            List<FeedEntry> entries) {
        // HTTP dates have whole seconds: compared at that precision, or a reader's If-Modified-Since never matches
        Instant updated = entries.stream()
                .map(FeedEntry::published)
                .max(Comparator.naturalOrder())
                .orElse(NO_ENTRY)
                .truncatedTo(ChronoUnit.SECONDS);
        String body = FeedWriter.write(
                format,
                title,
                organisation(locale),
                description,
                page("api/feeds/" + selfPath),
                page,
                locale.getLanguage(),
                updated,
                entries);
        EntityTag etag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = conditions.evaluatePreconditions(Date.from(updated), etag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(etag).build();
        }
        return Response.ok(body, format.mediaType)
                .tag(etag)
                .lastModified(Date.from(updated))
                .cacheControl(cache)
                .header("Vary", "Cookie, Accept-Language")
                .build();
    }

    /** Absolute: a feed reader resolves nothing against the forum's address. */
    private URI page(String path) {
        return environment.baseUrl().resolve(path);
    }

    /** A permanent id (RFC 4151 tag URI) that survives a change of the forum's address. */
    private String tag(String kind, long id) {
        return "tag:" + environment.baseUrl().getHost() + ",2026:" + kind + "/" + id;
    }

    private String organisation(Locale locale) {
        return settings.current().name(locale);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return FacesMessages.format(
                ResourceBundle.getBundle(BUNDLE, locale, FeedResource.class.getClassLoader()), locale, key, arguments);
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
