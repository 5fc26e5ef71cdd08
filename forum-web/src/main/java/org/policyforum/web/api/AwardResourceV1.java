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
import org.policyforum.award.boundary.AwardBoard;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.boundary.HallOfFame;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.entity.Forum;

/**
 * Award rounds and their winners, read: {@code GET /api/v1/awards} (the hall of fame: announced rounds, newest first),
 * {@code GET /api/v1/awards/current?forum=} (the awards page's round) and {@code GET /api/v1/awards/{id}}. Nominees
 * appear once voting opens and vote counts only while the round shows its standings, as on the awards page; no
 * member ids.
 */
@Path("v1/awards")
@ApplicationScoped
@Tag(name = "awards", description = "The monthly award rounds: nominees and winners")
public class AwardResourceV1 {

    /** The hall of fame gives at most this many rounds at a time. */
    static final int MOST_ROUNDS = 50;

    @Inject
    HallOfFame hallOfFame;

    @Inject
    AwardBoard board;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "Nominee", description = "An opinion on the shortlist; votes is null while standings are hidden.")
    public record Nominee(
            long id, String name, long topicId, String topicTitle, String excerpt, String reason, Integer votes) {}

    @Schema(name = "Winner", description = "A winner, by the citizens' vote or the officials' pick.")
    public record Winner(
            Jury jury, int place, String name, long topicId, String topicTitle, String excerpt, String citation) {}

    @Schema(name = "AwardRound", description = "A forum's round of one month.")
    public record Round(
            long id,
            Forum forum,
            String month,
            RoundPhase phase,
            OffsetDateTime votingOpensAt,
            OffsetDateTime votingClosesAt,
            List<Nominee> nominees,
            List<Winner> winners) {

        static Round of(RoundView r, ZoneId zone) {
            return new Round(
                    r.id(),
                    r.forum(),
                    r.month().toString(),
                    r.phase(),
                    Shapes.at(r.votingOpensAt(), zone),
                    Shapes.at(r.votingClosesAt(), zone),
                    r.nominees().stream()
                            .map(n -> new Nominee(
                                    n.id(), n.name(), n.topicId(), n.topicTitle(), n.excerpt(), n.reason(), n.votes()))
                            .toList(),
                    r.winners().stream()
                            .map(w -> new Winner(
                                    w.jury(),
                                    w.place(),
                                    w.name(),
                                    w.topicId(),
                                    w.topicTitle(),
                                    w.excerpt(),
                                    w.citation()))
                            .toList());
        }
    }

    @Schema(name = "AwardRoundList", description = "A page of announced rounds, newest first.")
    public record RoundList(int page, int size, long total, List<Round> items) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the announced rounds and their winners (the hall of fame)")
    @APIResponse(
            responseCode = "200",
            description = "A page of rounds; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = RoundList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    public Response list(
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(description = "Rounds per page, 1 to 50 (default 20)") @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, MOST_ROUNDS);
        ZoneId zone = settings.organisationClock().getZone();
        long total = hallOfFame.count();
        List<Round> items = total <= paging.first()
                ? List.of()
                : hallOfFame.rounds(paging.first(), paging.size()).stream()
                        .map(r -> Round.of(r, zone))
                        .toList();
        return ReadAnswers.of(
                new RoundList(paging.page(), paging.size(), total, items),
                ReadAnswers.Freshness.SETTLED,
                request,
                ReadAnswers.pageLinks(uri, paging, total > (long) paging.first() + items.size()));
    }

    @GET
    @Path("current")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read a forum's current round",
            description = "Its latest round up to this month, in any" + " phase, as on the awards page.")
    @APIResponse(
            responseCode = "200",
            description = "The round",
            content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response current(
            @Parameter(description = "MAIN (default) or YOUTH", schema = @Schema(implementation = Forum.class))
                    @QueryParam("forum")
                    String forum) {
        Forum chosen = Parameters.choice("forum", forum, Forum.class, Forum.MAIN);
        RoundView round = board.current(chosen).orElseThrow(NotFoundException::new);
        return ReadAnswers.of(
                Round.of(round, settings.organisationClock().getZone()), ReadAnswers.Freshness.LIVE, request);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one round")
    @APIResponse(
            responseCode = "200",
            description = "The round",
            content = @Content(schema = @Schema(implementation = Round.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response round(
            @Parameter(description = "The round's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id) {
        RoundView round = board.round(id).orElseThrow(NotFoundException::new);
        return ReadAnswers.of(
                Round.of(round, settings.organisationClock().getZone()), ReadAnswers.Freshness.LIVE, request);
    }
}
