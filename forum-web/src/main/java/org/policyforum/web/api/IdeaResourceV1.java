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
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaAnswer;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.idea.entity.Obligation;
import org.policyforum.platform.boundary.Settings;

/**
 * The idea space, read: {@code GET /api/v1/ideas} (the list's sorts and state filter, {@value Ideas#PAGE_SIZE} a page,
 * as the list page) and {@code GET /api/v1/ideas/{id}} (state and its reasons, the bureaus' answers, the answer
 * obligations with their due dates). A withdrawn or hidden idea keeps its place with the page's placeholder, never
 * its text, whoever asks. Its policy outcome is {@code /api/v1/outcomes?kind=IDEA}'s.
 */
@Path("v1/ideas")
@ApplicationScoped
@Tag(name = "ideas", description = "Citizens' ideas, their supports and the city's answers")
public class IdeaResourceV1 {

    @Inject
    Ideas ideas;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "IdeaLine", description = "An idea in the list.")
    public record IdeaLine(
            long id,
            String title,
            Shapes.Name category,
            IdeaState state,
            int supports,
            OffsetDateTime publishedAt,
            OffsetDateTime supportEndsAt,
            Shapes.Name bureau,
            boolean overdue,
            boolean answered) {}

    @Schema(name = "IdeaList", description = "A page of ideas (20 a page); Link rel=next while more follow.")
    public record IdeaList(int page, int size, boolean more, List<IdeaLine> items) {}

    @Schema(name = "IdeaEvent", description = "A change of state with its public reason.")
    public record Event(IdeaState state, String reason, OffsetDateTime at) {}

    @Schema(name = "IdeaAnswer", description = "A bureau's answer; its text is sanitised HTML.")
    public record Answer(
            Shapes.Name bureau, IdeaAnswer.Verdict verdict, String html, String reason, OffsetDateTime at) {}

    @Schema(name = "AnswerObligation", description = "What crossing a support tier obliges, and by when.")
    public record Due(
            Obligation obliges,
            int tierSupports,
            Shapes.Name bureau,
            OffsetDateTime crossedAt,
            OffsetDateTime dueAt,
            OffsetDateTime fulfilledAt,
            boolean overdue) {}

    @Schema(name = "IdeaDetail", description = "One idea; title, body and author are null when withdrawn or hidden.")
    public record IdeaDetail(
            long id,
            String title,
            String body,
            String author,
            @Schema(description = "The page's words for a withdrawn or hidden idea") String placeholder,
            String hiddenReason,
            Shapes.Name category,
            Shapes.Name district,
            Shapes.Name bureau,
            IdeaState state,
            String stateReason,
            OffsetDateTime publishedAt,
            OffsetDateTime supportEndsAt,
            int supports,
            Long mergedIntoId,
            List<Event> history,
            List<Answer> answers,
            List<Due> obligations) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List the ideas",
            description = "As the idea list: most supported first (or newest, or"
                    + " ending soonest), optionally of one state; 20 a page.")
    @APIResponse(
            responseCode = "200",
            description = "A page of ideas; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = IdeaList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    public Response list(
            @Parameter(
                            description = "SUPPORTS (default), NEWEST or ENDING",
                            schema = @Schema(implementation = IdeaViews.Query.Sort.class))
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "Only this state", schema = @Schema(implementation = IdeaState.class))
                    @QueryParam("state")
                    String state,
            @Parameter(ref = "page") @QueryParam("page") String page) {
        IdeaViews.Query.Sort order =
                Parameters.choice("sort", sort, IdeaViews.Query.Sort.class, IdeaViews.Query.Sort.SUPPORTS);
        IdeaState only = Parameters.choice("state", state, IdeaState.class, null);
        Paging paging = new Paging(Parameters.number("page", page, 1, 1, Paging.LAST_PAGE), Ideas.PAGE_SIZE);
        ZoneId zone = settings.organisationClock().getZone();
        IdeaViews.Page found = ideas.list(new IdeaViews.Query(null, null, only, null, order), paging.page() - 1);
        List<IdeaLine> items = found.rows().stream()
                .map(r -> new IdeaLine(
                        r.id(),
                        r.title(),
                        name(r.category()),
                        r.state(),
                        r.supports(),
                        Shapes.at(r.publishedAt(), zone),
                        Shapes.at(r.supportEndsAt(), zone),
                        name(r.bureau()),
                        r.overdue(),
                        r.answered()))
                .toList();
        return ReadAnswers.listPage(
                new IdeaList(paging.page(), paging.size(), found.more(), items), request, uri, paging, found.more());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read one idea",
            description = "With its history, the bureaus' answers and the answer"
                    + " obligations of the support tiers it crossed.")
    @APIResponse(
            responseCode = "200",
            description = "The idea",
            content = @Content(schema = @Schema(implementation = IdeaDetail.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response idea(
            @Parameter(description = "The idea's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id) {
        IdeaViews.Detail d = ideas.view(id).orElseThrow(NotFoundException::new);
        ZoneId zone = settings.organisationClock().getZone();
        boolean withdrawn = d.state() == IdeaState.WITHDRAWN;
        boolean shown = !withdrawn && !d.hidden();
        String placeholder = withdrawn
                ? ApiAnswers.text(request, "idea.withdrawn.notice")
                : d.hidden() ? ApiAnswers.text(request, "idea.hidden.notice") : null;
        return ReadAnswers.of(
                new IdeaDetail(
                        d.id(),
                        shown ? d.title() : null,
                        shown ? d.body() : null,
                        shown ? d.authorName() : null,
                        placeholder,
                        d.hidden() && !withdrawn ? d.hiddenReason() : null,
                        name(d.category()),
                        name(d.district()),
                        name(d.bureau()),
                        d.state(),
                        d.stateReason(),
                        Shapes.at(d.publishedAt(), zone),
                        Shapes.at(d.supportEndsAt(), zone),
                        d.supports(),
                        d.mergedIntoId(),
                        d.history().stream()
                                .map(e -> new Event(e.state(), reason(e), Shapes.at(e.at(), zone)))
                                .toList(),
                        d.answers().stream()
                                .map(a -> new Answer(
                                        name(a.bureau()), a.verdict(), a.html(), a.reason(), Shapes.at(a.at(), zone)))
                                .toList(),
                        d.obligations().stream()
                                .map(o -> new Due(
                                        o.obliges(),
                                        o.tierSupports(),
                                        name(o.bureau()),
                                        Shapes.at(o.crossedAt(), zone),
                                        Shapes.at(o.dueAt(), zone),
                                        Shapes.at(o.fulfilledAt(), zone),
                                        o.overdue()))
                                .toList()),
                ReadAnswers.Freshness.LISTS,
                request);
    }

    /** The official's words, or the forum's for a change it made itself (expiry, merge), as the page shows. */
    private String reason(IdeaViews.Event event) {
        return event.reason() != null || event.reasonKey() == null
                ? event.reason()
                : ApiAnswers.text(request, event.reasonKey());
    }

    private static Shapes.Name name(IdeaViews.Name name) {
        return name == null ? null : new Shapes.Name(name.ko(), name.en());
    }
}
