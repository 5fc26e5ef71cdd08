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
import java.time.LocalDate;
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
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.boundary.Settings;

/**
 * The policy-outcome tracker, read: {@code GET /api/v1/outcomes} (the tracker's filters by status and source, paged)
 * and {@code GET /api/v1/outcomes/{id}} (its sub-results and dated timeline), through {@link Outcomes} as the
 * tracker page.
 */
@Path("v1/outcomes")
@ApplicationScoped
@Tag(name = "outcomes", description = "What the city did with topics and ideas")
public class OutcomeResourceV1 {

    @Inject
    Outcomes outcomes;

    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Schema(name = "OutcomeLine", description = "An outcome in the tracker.")
    public record OutcomeLine(
            long id,
            SourceKind sourceKind,
            long sourceId,
            String title,
            Shapes.Name bureau,
            OutcomeStatus status,
            String summary,
            @Schema(description = "0 to 100") int progress,
            LocalDate latestOn,
            String latestText,
            OffsetDateTime updatedAt) {

        static OutcomeLine of(PolicyOutcome o, ZoneId zone) {
            return new OutcomeLine(
                    o.getId(),
                    o.getSourceKind(),
                    o.getSourceId(),
                    o.getTitle(),
                    Shapes.Name.of(o.getBureau()),
                    o.getStatus(),
                    o.getSummary(),
                    o.getProgress(),
                    o.getLatestOn(),
                    o.getLatestText(),
                    Shapes.at(o.getUpdatedAt(), zone));
        }
    }

    @Schema(name = "OutcomeList", description = "A page of the tracker.")
    public record OutcomeList(int page, int size, long total, List<OutcomeLine> items) {}

    @Schema(name = "SubResult", description = "A part of an outcome with its own progress.")
    public record Part(String title, int progress, int weight) {}

    @Schema(name = "TimelineEntry", description = "A dated step of what was done.")
    public record Step(LocalDate date, String text, List<Document> documents) {}

    @Schema(name = "DocumentLink", description = "A document a timeline entry points to.")
    public record Document(String label, String url) {}

    @Schema(name = "OutcomeDetail", description = "One outcome with its parts and timeline.")
    public record OutcomeDetail(OutcomeLine outcome, List<Part> results, List<Step> timeline) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List the policy outcomes",
            description = "The public tracker, optionally of one status or" + " source kind.")
    @APIResponse(
            responseCode = "200",
            description = "A page of outcomes; Link rel=next/prev",
            content = @Content(schema = @Schema(implementation = OutcomeList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadParameter")
    public Response list(
            @Parameter(description = "Only this status", schema = @Schema(implementation = OutcomeStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Outcomes of topics or of ideas",
                            schema = @Schema(implementation = SourceKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        OutcomeFilter filter = new OutcomeFilter(
                Parameters.choice("status", status, OutcomeStatus.class, null),
                null,
                null,
                Parameters.choice("kind", kind, SourceKind.class, null),
                null);
        Paging paging = Paging.of(page, size);
        ZoneId zone = settings.organisationClock().getZone();
        long total = outcomes.trackerSize(filter);
        List<OutcomeLine> items = total <= paging.first()
                ? List.of()
                : outcomes.tracker(filter, paging.first(), paging.size()).stream()
                        .map(o -> OutcomeLine.of(o, zone))
                        .toList();
        return ReadAnswers.listPage(
                new OutcomeList(paging.page(), paging.size(), total, items),
                request,
                uri,
                paging,
                total > (long) paging.first() + items.size());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one policy outcome")
    @APIResponse(
            responseCode = "200",
            description = "The outcome",
            content = @Content(schema = @Schema(implementation = OutcomeDetail.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response outcome(
            @Parameter(description = "The outcome's id", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    long id) {
        Outcomes.OutcomeView view = outcomes.outcome(id).orElseThrow(NotFoundException::new);
        ZoneId zone = settings.organisationClock().getZone();
        return ReadAnswers.of(
                new OutcomeDetail(
                        OutcomeLine.of(view.outcome(), zone),
                        view.results().stream()
                                .map(r -> new Part(r.getTitle(), r.getProgress(), r.getWeight()))
                                .toList(),
                        view.timeline().stream()
                                .map(e -> new Step(
                                        e.getDate(),
                                        e.getBody(),
                                        e.getLinks().stream()
                                                .map(l -> new Document(l.getLabel(), l.getUrl()))
                                                .toList()))
                                .toList()),
                ReadAnswers.Freshness.SETTLED,
                request);
    }
}
