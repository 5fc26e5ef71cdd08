package org.policyforum.web.api;

import static org.policyforum.web.platform.JsonProviders.JSON;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.Polls;
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
        String json = polls.results(id).map(PollJson::results).orElse(null);
        if (json == null) {
            sink.close();
            throw new NotFoundException();
        }
        feed.watch(id, json, sink, sse);
    }

    /**
     * Casts or changes the caller's ballot: body {@code {"options":[12,13]}}. The same boundary call as the poll page's
     * form, so every rule is the boundary's; a refusal is a 4xx with the message in the visitor's language (see
     * {@link ApiAnswers#refusal(RuleViolation, HttpServletRequest)}). The answer says "counted" for a first ballot
     * and "changed" for a changed one, with the options it now marks.
     */
    @POST
    @Path("{id}/ballot")
    @MemberWrite
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ballot(@PathParam("id") long id, String body) {
        Set<Long> options;
        try {
            options = options(body);
        } catch (JsonException | ClassCastException | ArithmeticException | IllegalStateException e) {
            return ApiAnswers.refusal(Response.Status.BAD_REQUEST, "api.malformed", "options", request);
        }
        Polls.Receipt receipt;
        try {
            receipt = polls.castBallot(id, options);
        } catch (RuleViolation violation) {
            return ApiAnswers.refusal(violation, request);
        } catch (EJBAccessException notACitizen) {
            // logged in, but not a verified member: the same words as for a poll one may not vote in
            return ApiAnswers.refusal(RuleViolation.of("poll.ineligible"), request);
        }
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        receipt.choices().stream().sorted().forEach(choices::add);
        String key = receipt.changed() ? "ballot.changed" : "ballot.cast";
        return ApiAnswers.json(
                Response.Status.OK,
                JSON.createObjectBuilder()
                        .add("status", receipt.changed() ? "changed" : "counted")
                        .add("choices", choices)
                        .add("message", ApiAnswers.text(request, key))
                        .build());
    }

    /** The option ids of {@code {"options":[…]}}; anything else is malformed. */
    private static Set<Long> options(String body) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        }
        JsonArray array = json.getJsonArray("options");
        if (array == null) {
            throw new IllegalStateException("no options");
        }
        Set<Long> options = new HashSet<>();
        for (JsonValue value : array) {
            JsonNumber number = (JsonNumber) value;
            options.add(number.longValueExact());
        }
        return options;
    }
}
