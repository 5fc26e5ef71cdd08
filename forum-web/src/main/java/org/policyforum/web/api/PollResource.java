package org.policyforum.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.web.poll.PollJson;

/** Public poll results: {@code GET /api/polls/{id}/results} (JSON) and {@code GET /api/polls/{id}/events} (live). */
@Path("polls")
@RequestScoped
public class PollResource {

    @Inject
    Polls polls;
    @Inject
    PollFeed feed;

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
}
