package org.policyforum.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.web.operations.ForumMeters;
import org.policyforum.web.poll.PollJson;

/**
 * Public poll results: {@code GET /api/polls/{id}/results} (JSON) and {@code GET /api/polls/{id}/events} (live); and
 * the ballot of the poll page's script, {@code POST /api/polls/{id}/ballot} (a logged-in member, CSRF token).
 */
@Path("polls")
// one instance: made per request, it cost a new EJB proxy and validator context for every vote (its request's
// objects arrive as proxies: @Context fields of a shared resource are per request)
@ApplicationScoped
public class PollResource {

    @Inject
    Polls polls;

    @Inject
    ForumMeters meters;

    @Inject
    PollFeed feed;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    public Response results(@PathParam("id") long id) {
        String json = polls.results(id).map(PollJson::results).orElseThrow(NotFoundException::new);
        CacheControl oneSecond = new CacheControl();
        oneSecond.setMaxAge(1);
        return Response.ok(json).cacheControl(oneSecond).build();
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        // an unknown poll is a 404 like its results; the sink is left alone, as closing it would answer 200 and nothing
        String json = polls.results(id).map(PollJson::results).orElseThrow(NotFoundException::new);
        feed.watch(id, json, sink, sse);
    }

    /** The body of a ballot: {@code {"options":[12,13]}}, option ids as JSON numbers. */
    public record Ballot(List<BigDecimal> options) {

        /**
         * The option ids; a body without them, or with one that is not a whole number a long holds, is malformed.
         * Numbers, not longs, because JSON-B reads 1.5 into a long as 1.
         */
        Set<Long> optionIds() {
            if (options == null || options.contains(null)) {
                throw new JsonbException("options: a list of option ids");
            }
            Set<Long> ids = new HashSet<>();
            try {
                options.forEach(option -> ids.add(option.longValueExact()));
            } catch (ArithmeticException notAnId) {
                throw new JsonbException("options: whole numbers", notAnId);
            }
            return ids;
        }
    }

    /** The answer to a ballot: "counted" for a first one, "changed" for a changed one, with the options it marks. */
    @JsonbPropertyOrder({"status", "choices", "message"})
    public record Receipt(String status, List<Long> choices, String message) {}

    /**
     * Casts or changes the caller's ballot. The same boundary call as the poll page's form, so every rule is the
     * boundary's; a body that does not read as a {@link Ballot} is refused by {@link ApiProblems}, a rule's refusal
     * by {@link RuleRefusals}, both in the page script's shape with the message in the visitor's language.
     */
    @POST
    @Path("{id}/ballot")
    @MemberWrite
    // any type reaches MemberWriteGuard, which refuses what is not JSON with the script's words (and only after the
    // cross-site and login checks); the body is read only after the guard let the request through
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ballot(@PathParam("id") long id, Ballot ballot) {
        if (ballot == null) {
            throw new JsonbException("no body");
        }
        Polls.Receipt receipt;
        try {
            receipt = polls.castBallot(id, ballot.optionIds());
            meters.ballotCounted();
        } catch (EJBAccessException notACitizen) {
            // logged in, but not a verified member: the same words as for a poll one may not vote in
            throw RuleViolation.of("poll.ineligible");
        }
        String key = receipt.changed() ? "ballot.changed" : "ballot.cast";
        return ApiAnswers.json(
                Response.Status.OK,
                new Receipt(
                        receipt.changed() ? "changed" : "counted",
                        receipt.choices().stream().sorted().toList(),
                        ApiAnswers.text(request, key)));
    }
}
