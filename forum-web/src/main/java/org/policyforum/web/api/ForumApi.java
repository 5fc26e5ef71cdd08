package org.policyforum.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Switches on Jakarta REST under {@code /api}; resources are discovered. The OpenAPI 3 document at {@code /openapi}
 * is generated from the resources' annotations (the server's MicroProfile OpenAPI); what every read shares (its
 * refusals, the 304, the paging parameters) is declared once here and named by the operations.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Policy Forum API", version = "1", description = ForumApi.DESCRIPTION),
        components =
                @Components(
                        parameters = {
                            @Parameter(
                                    name = "page",
                                    in = ParameterIn.QUERY,
                                    description = "Page number, from 1",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.INTEGER,
                                                    minimum = "1",
                                                    maximum = "100000",
                                                    defaultValue = "1")),
                            @Parameter(
                                    name = "size",
                                    in = ParameterIn.QUERY,
                                    description = "Items per page, 1 to 100",
                                    schema =
                                            @Schema(
                                                    type =
                                                            org.eclipse.microprofile.openapi.annotations.enums
                                                                    .SchemaType.INTEGER,
                                                    minimum = "1",
                                                    maximum = "100",
                                                    defaultValue = "20"))
                        },
                        responses = {
                            @APIResponse(
                                    name = "NotModified",
                                    responseCode = "304",
                                    description = "The reader's copy (If-None-Match) is current",
                                    headers = @Header(name = "ETag", schema = @Schema(implementation = String.class))),
                            @APIResponse(
                                    name = "BadParameter",
                                    responseCode = "400",
                                    description =
                                            "A query parameter is not as documented (code api.parameter, field: its"
                                                    + " name)",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = ApiAnswers.Problem.class))),
                            @APIResponse(
                                    name = "NotFound",
                                    responseCode = "404",
                                    description = "No such item, or not public (code api.problem.404)",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(implementation = ApiAnswers.Problem.class)))
                        }))
public class ForumApi extends Application {

    static final String DESCRIPTION = "Read the forum as its pages show it: topics, opinions and comments, polls"
            + " and results, award rounds, ideas and policy outcomes (under /api/v1, anonymous). Errors are"
            + " application/problem+json (RFC 9457) with a stable code. Reads carry an ETag (send it back in"
            + " If-None-Match for a 304) and a Cache-Control; lists take page and size and link their neighbours in"
            + " Link rel=next/prev.";
}
