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
import org.policyforum.platform.boundary.Settings;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Phase;

/**
 * Polls and their results, read: {@code GET /api/v1/polls} (newest first, paged) and {@code GET /api/v1/polls/{id}}
 * (the question, options and the results as the reader may see them: a poll that keeps its figures until one has
 * voted shows none to an anonymous reader). Through {@link Polls}, as the poll pages.
 */
@Path("v1/polls")
@ApplicationScoped
@Tag(name = "polls", description = "Polls of the topics and their live results")
public class PollResourceV1 {

    @Inject
    Polls polls;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "PollLine", description = "A poll in the list.")
    public record PollLine(
            long id, String question, Phase phase, OffsetDateTime opensAt, OffsetDateTime closesAt, Long topicId) {}

    @Schema(name = "PollList", description = "A page of polls, newest first.")
    public record PollList(int page, int size, long total, List<PollLine> items) {}

    @Schema(name = "OptionResult", description = "An option; count and percent are null while results are kept back.")
    public record OptionResult(long id, String label, Long count, Integer percent) {}

    @Schema(name = "PollDetail", description = "A poll with its results.")
    public record PollDetail(
            long id,
            Long topicId,
            String question,
            int maxChoices,
            Phase phase,
            Eligibility eligibility,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            @Schema(description = "Ballots cast") long ballots,
            @Schema(description = "Whether the figures are shown to this reader") boolean resultsVisible,
            OffsetDateTime countedAt,
            List<OptionResult> options) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the polls", description = "Open, upcoming and closed polls, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of polls; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = PollList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    public Response list(
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        ZoneId zone = settings.organisationClock().getZone();
        long total = polls.count();
        List<PollLine> items = total <= paging.first()
                ? List.of()
                : polls.list(paging.first(), paging.size()).stream()
                        .map(p -> new PollLine(
                                p.id(),
                                p.question(),
                                p.phase(),
                                Shapes.at(p.opensAt(), zone),
                                Shapes.at(p.closesAt(), zone),
                                p.topicId()))
                        .toList();
        return ReadAnswers.listPage(
                new PollList(paging.page(), paging.size(), total, items),
                request,
                uri,
                paging,
                total > (long) paging.first() + items.size());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read a poll and its results",
            description = "Live figures: cached for a few seconds. The"
                    + " live stream of the same figures is GET /api/polls/{id}/events.")
    @APIResponse(
            responseCode = "200",
            description = "The poll",
            content = @Content(schema = @Schema(implementation = PollDetail.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response poll(
            @Parameter(description = "The poll's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id) {
        Polls.PollView poll = polls.view(id).orElseThrow(NotFoundException::new);
        Polls.Results results = poll.results();
        ZoneId zone = settings.organisationClock().getZone();
        return ReadAnswers.of(
                new PollDetail(
                        poll.id(),
                        poll.topicId(),
                        poll.question(),
                        poll.maxChoices(),
                        poll.phase(),
                        poll.eligibility(),
                        Shapes.at(poll.opensAt(), zone),
                        Shapes.at(poll.closesAt(), zone),
                        results.ballots(),
                        results.visible(),
                        Shapes.at(results.countedAt(), zone),
                        results.options().stream()
                                .map(o -> new OptionResult(o.id(), o.label(), o.count(), o.percent()))
                                .toList()),
                ReadAnswers.Freshness.LIVE,
                request);
    }
}
