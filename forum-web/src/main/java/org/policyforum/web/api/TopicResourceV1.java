package org.policyforum.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/**
 * The forums' topics, read: {@code GET /api/v1/topics} (by forum and month, paged), {@code GET /api/v1/topics/{id}}
 * (with the experts' briefs and the stance counts). A topic's opinions are {@link OpinionResourceV1}'s. The same
 * boundaries as the topic pages: a topic that is not public yet is not found here either.
 */
@Path("v1/topics")
@ApplicationScoped
@Tag(name = "topics", description = "The monthly topics of the main forum and the Youth Forum")
public class TopicResourceV1 {

    @Inject
    Topics topics;

    @Inject
    TopicPages topicPages;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "TopicLine", description = "A topic in a list.")
    public record TopicLine(
            long id,
            Forum forum,
            String month,
            String title,
            String summary,
            TopicState state,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            Shapes.Name bureau) {

        static TopicLine of(Topic topic, ZoneId zone) {
            return new TopicLine(
                    topic.getId(),
                    topic.getForum(),
                    topic.getMonth().toString(),
                    topic.getTitle(),
                    topic.getSummary(),
                    topic.getState(),
                    Shapes.at(topic.getOpensAt(), zone),
                    Shapes.at(topic.getClosesAt(), zone),
                    Shapes.Name.of(topic.getBureau()));
        }
    }

    @Schema(name = "TopicList", description = "A page of topics, newest first.")
    public record TopicList(int page, int size, long total, List<TopicLine> items) {}

    @Schema(name = "Brief", description = "An expert's brief for or against; its body is sanitised HTML.")
    public record Brief(long id, Stance stance, String expertName, String affiliation, String title, String bodyHtml) {

        static Brief of(ExpertOpinion brief) {
            return new Brief(
                    brief.getId(),
                    brief.getStance(),
                    brief.getExpertName(),
                    brief.getAffiliation(),
                    brief.getTitle(),
                    brief.getBody());
        }
    }

    @Schema(name = "TopicDetail", description = "One topic as its page shows it, without the opinions.")
    public record TopicDetail(
            TopicLine topic,
            @Schema(description = "Sanitised HTML") String backgroundHtml,
            boolean acceptsOpinions,
            List<Brief> pro,
            List<Brief> con,
            @Schema(description = "Visible opinions by stance") Map<Stance, Long> stanceCounts,
            @Schema(description = "Visible opinions") long visibleOpinions,
            String answer) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List the public topics of a forum",
            description = "Open, closed and answered topics, newest"
                    + " first, optionally of one month. Cached for a minute.")
    @APIResponse(
            responseCode = "200",
            description = "A page of topics; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = TopicList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    public Response list(
            @Parameter(description = "MAIN (default) or YOUTH", schema = @Schema(implementation = Forum.class))
                    @QueryParam("forum")
                    String forum,
            @Parameter(description = "The topics' month, e.g. 2026-11", schema = @Schema(pattern = "\\d{4}-\\d{2}"))
                    @QueryParam("month")
                    String month,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Forum chosen = Parameters.choice("forum", forum, Forum.class, Forum.MAIN);
        YearMonth inMonth = Parameters.month("month", month);
        Paging paging = Paging.of(page, size);
        ZoneId zone = settings.organisationClock().getZone();
        long total = topics.publishedSize(chosen, inMonth);
        List<TopicLine> items = total <= paging.first()
                ? List.of()
                : topics.published(chosen, inMonth, paging.first(), paging.size()).stream()
                        .map(t -> TopicLine.of(t, zone))
                        .toList();
        return ReadAnswers.listPage(
                new TopicList(paging.page(), paging.size(), total, items),
                request,
                uri,
                paging,
                total > (long) paging.first() + items.size());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read one topic",
            description = "Background, the experts' pro and con briefs and the stance"
                    + " counts. Live figures: cached for a few seconds.")
    @APIResponse(
            responseCode = "200",
            description = "The topic",
            content = @Content(schema = @Schema(implementation = TopicDetail.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response topic(
            @Parameter(description = "The topic's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id) {
        TopicPages.TopicDetails details = topicPages.page(id, 1).orElseThrow(NotFoundException::new);
        Topic topic = details.topic();
        ZoneId zone = settings.organisationClock().getZone();
        return ReadAnswers.of(
                new TopicDetail(
                        TopicLine.of(topic, zone),
                        topic.getBackground(),
                        details.acceptsOpinions(),
                        details.pro().stream().map(Brief::of).toList(),
                        details.con().stream().map(Brief::of).toList(),
                        details.stanceCounts(),
                        details.stanceCounts().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        topic.getAnswer()),
                ReadAnswers.Freshness.LIVE,
                request);
    }
}
