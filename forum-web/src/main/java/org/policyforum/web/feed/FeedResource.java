package org.policyforum.web.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.boundary.TopicPages.OpinionQuery;
import org.policyforum.discussion.boundary.TopicPages.OpinionView;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Topic;
import org.policyforum.web.platform.LocaleSelection;

/**
 * {@code GET /api/feeds/topics.atom|rss} (the newest topics of both forums) and
 * {@code GET /api/feeds/topics/{id}/opinions.atom|rss} (a topic's newest opinions),
 * {@code GET /api/feeds/ideas.atom|rss} (the newest ideas, as the idea list shows them) and
 * {@code GET /api/feeds/outcomes.atom|rss} (the policy outcomes that changed last, with their latest timeline entry:
 * a citizen's feed reader tells them when the city answered, not only when it asked). Anonymous reads through the
 * pages' boundaries; a reader that sends back the ETag or the Last-Modified it got is answered 304 without a body.
 */
@Path("feeds")
@ApplicationScoped
public class FeedResource {

    static final int ENTRIES = 20;

    @Inject
    Topics topics;

    @Inject
    TopicPages topicPages;

    @Inject
    Ideas ideas;

    @Inject
    Outcomes outcomes;

    @Inject
    Settings settings;

    @Inject
    FeedAnswers feeds;

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
                        feeds.tag("topic", topic.getId()),
                        topic.getTitle(),
                        topic.getSummary(),
                        feeds.page("topics/" + topic.getId()),
                        topic.getOpensAt()))
                .toList();
        return feeds.answer(
                conditions,
                FeedWriter.Format.of(format),
                FeedAnswers.text(locale, "feed.topics.title", feeds.organisation(locale)),
                FeedAnswers.text(locale, "feed.topics.description"),
                "topics." + format,
                feeds.page(""),
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
        URI topicPage = feeds.page("topics/" + id);
        List<FeedEntry> entries = details.opinions().stream()
                .map(opinion -> opinionEntry(opinion, topicPage, locale))
                .toList();
        return feeds.answer(
                conditions,
                FeedWriter.Format.of(format),
                FeedAnswers.text(locale, "feed.opinions.title", details.topic().getTitle()),
                FeedAnswers.text(
                        locale, "feed.opinions.description", details.topic().getTitle()),
                "topics/" + id + "/opinions." + format,
                topicPage,
                locale,
                entries);
    }

    /** A hidden or withdrawn opinion keeps its place as on the page, with the placeholder and never its text. */
    private FeedEntry opinionEntry(OpinionView opinion, URI topicPage, Locale locale) {
        String stance = FeedAnswers.text(locale, "stance." + opinion.stance());
        if (!opinion.visible()) {
            String placeholder = FeedAnswers.text(locale, "opinion.placeholder." + opinion.status());
            return new FeedEntry(
                    feeds.tag("opinion", opinion.id()), stance, placeholder, topicPage, opinion.createdAt());
        }
        return new FeedEntry(
                feeds.tag("opinion", opinion.id()),
                FeedAnswers.text(locale, "feed.opinion.title", stance, opinion.authorName()),
                opinion.body(),
                topicPage,
                opinion.createdAt());
    }

    @GET
    @Path("ideas.{format: atom|rss}")
    public Response ideas(@PathParam("format") String format, @Context Request conditions) {
        Locale locale = LocaleSelection.of(request);
        IdeaViews.Page newest = ideas.list(new IdeaViews.Query(null, null, null, null, IdeaViews.Query.Sort.NEWEST), 0);
        List<FeedEntry> entries = newest.rows().stream()
                .limit(ENTRIES)
                .map(idea -> new FeedEntry(
                        feeds.tag("idea", idea.id()),
                        idea.title(),
                        ideaText(idea, locale),
                        feeds.page("ideas/" + idea.id()),
                        idea.publishedAt()))
                .toList();
        return feeds.answer(
                conditions,
                FeedWriter.Format.of(format),
                FeedAnswers.text(locale, "feed.ideas.title", feeds.organisation(locale)),
                FeedAnswers.text(locale, "feed.ideas.description"),
                "ideas." + format,
                feeds.page("ideas"),
                locale,
                entries);
    }

    @GET
    @Path("outcomes.{format: atom|rss}")
    public Response outcomes(@PathParam("format") String format, @Context Request conditions) {
        Locale locale = LocaleSelection.of(request);
        ZoneId zone = settings.organisationClock().getZone();
        List<FeedEntry> entries = outcomes.tracker(new OutcomeFilter(null, null, null, null, null), 0, ENTRIES).stream()
                .map(outcome -> outcomeEntry(outcome, locale, zone))
                .toList();
        return feeds.answer(
                conditions,
                FeedWriter.Format.of(format),
                FeedAnswers.text(locale, "feed.outcomes.title", feeds.organisation(locale)),
                FeedAnswers.text(locale, "feed.outcomes.description"),
                "outcomes." + format,
                feeds.page("outcomes"),
                locale,
                entries);
    }

    /** Its state and supports, and its category when it has one. */
    private static String ideaText(IdeaViews.Row idea, Locale locale) {
        String text = FeedAnswers.text(
                locale, "feed.idea.text", FeedAnswers.text(locale, "idea.state." + idea.state()), idea.supports());
        return idea.category() == null ? text : text + " · " + idea.category().in(locale);
    }

    /** Dated by its last change, so that a reader sees it again each time the city records something new. */
    private FeedEntry outcomeEntry(PolicyOutcome outcome, Locale locale, ZoneId zone) {
        String status = FeedAnswers.text(locale, "outcome.status." + outcome.getStatus());
        String text = outcome.getLatestText() == null
                ? outcome.getSummary()
                : FeedAnswers.text(
                        locale, "feed.outcome.latest", outcome.getLatestOn().toString(), outcome.getLatestText());
        return new FeedEntry(
                feeds.tag("outcome", outcome.getId()) + "/"
                        + outcome.getUpdatedAt().atZone(zone).toLocalDate(),
                FeedAnswers.text(locale, "feed.outcome.title", outcome.getTitle(), status),
                text,
                feeds.page("outcomes/" + outcome.getId()),
                outcome.getUpdatedAt());
    }
}
