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
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.boundary.TopicPages.CommentView;
import org.policyforum.discussion.boundary.TopicPages.OpinionView;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.entity.Stance;

/**
 * A topic's opinions with their comment threads, {@code GET /api/v1/topics/{id}/opinions}: paged, in the page's
 * orders, names masked as the page masks them (the organisation's setting). A withdrawn or hidden item keeps its place
 * with the page's placeholder (and a moderator's reason, as the page shows it), never its text, whoever asks.
 */
@Path("v1/topics/{id}/opinions")
@ApplicationScoped
@Tag(name = "topics")
public class OpinionResourceV1 {

    @Inject
    TopicPages topicPages;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "Comment", description = "A comment, in reading order: each reply right after its parent.")
    public record CommentItem(
            long id,
            Long parentId,
            @Schema(description = "Indentation, 0 to 4") int depth,
            @Schema(description = "As the page shows it (masked by the organisation's setting)") String author,
            boolean formerMember,
            Opinion.Status status,
            @Schema(description = "Plain text; null unless VISIBLE") String text,
            @Schema(description = "The page's words in place of a withdrawn or hidden comment") String placeholder,
            String hiddenReason,
            OffsetDateTime createdAt,
            boolean edited,
            long agrees,
            long disagrees) {}

    @Schema(name = "Opinion", description = "An opinion and its comment thread.")
    public record OpinionItem(
            long id,
            String author,
            boolean formerMember,
            Stance stance,
            Opinion.Status status,
            @Schema(description = "Plain text; null unless VISIBLE") String text,
            @Schema(description = "The page's words in place of a withdrawn or hidden opinion") String placeholder,
            String hiddenReason,
            OffsetDateTime createdAt,
            boolean edited,
            long agrees,
            long disagrees,
            List<CommentItem> comments) {}

    @Schema(name = "OpinionList", description = "A page of a topic's opinions.")
    public record OpinionList(long topicId, int page, int size, long total, List<OpinionItem> items) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List a topic's opinions and comments",
            description = "Ordered as on the topic page (newest"
                    + " or most agreed first), optionally of one stance. Live: cached for a few seconds.")
    @APIResponse(
            responseCode = "200",
            description = "A page of opinions; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = OpinionList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response opinions(
            @Parameter(description = "The topic's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id,
            @Parameter(
                            description = "NEWEST (default) or MOST_AGREED",
                            schema = @Schema(implementation = TopicPages.Order.class))
                    @QueryParam("order")
                    String order,
            @Parameter(description = "Only this stance", schema = @Schema(implementation = Stance.class))
                    @QueryParam("stance")
                    String stance,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        TopicPages.Order chosenOrder =
                Parameters.choice("order", order, TopicPages.Order.class, TopicPages.Order.NEWEST);
        Stance only = Parameters.choice("stance", stance, Stance.class, null);
        Paging paging = Paging.of(page, size);
        TopicPages.TopicDetails details = topicPages
                .page(id, new TopicPages.OpinionQuery(only, chosenOrder, paging.first(), paging.size()))
                .orElseThrow(NotFoundException::new);
        ZoneId zone = settings.organisationClock().getZone();
        List<OpinionItem> items =
                details.opinions().stream().map(o -> item(o, zone)).toList();
        return ReadAnswers.of(
                new OpinionList(id, paging.page(), paging.size(), details.matchingOpinions(), items),
                ReadAnswers.Freshness.LIVE,
                request,
                ReadAnswers.pageLinks(uri, paging, details.matchingOpinions() > (long) paging.first() + items.size()));
    }

    private OpinionItem item(OpinionView o, ZoneId zone) {
        boolean visible = o.visible();
        return new OpinionItem(
                o.id(),
                o.authorName(),
                o.formerMember(),
                o.stance(),
                o.status(),
                visible ? o.body() : null,
                visible ? null : ApiAnswers.text(request, "opinion.placeholder." + o.status()),
                o.status() == Opinion.Status.HIDDEN ? o.hiddenReason() : null,
                Shapes.at(o.createdAt(), zone),
                o.edited(),
                o.agrees(),
                o.disagrees(),
                o.comments().stream().map(c -> item(c, zone)).toList());
    }

    private CommentItem item(CommentView c, ZoneId zone) {
        boolean visible = c.visible();
        return new CommentItem(
                c.id(),
                c.parentId(),
                c.depth(),
                c.authorName(),
                c.formerMember(),
                c.status(),
                visible ? c.body() : null,
                visible ? null : ApiAnswers.text(request, "comment.placeholder." + c.status()),
                c.status() == Opinion.Status.HIDDEN ? c.hiddenReason() : null,
                Shapes.at(c.createdAt(), zone),
                c.edited(),
                c.agrees(),
                c.disagrees());
    }
}
