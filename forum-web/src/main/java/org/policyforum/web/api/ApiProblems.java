package org.policyforum.web.api;

import static org.policyforum.web.platform.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.Refusal;

/**
 * Every failure of the API answers as {@code application/problem+json} (RFC 9457) in the visitor's language, never
 * with the words of the parser or of the REST engine (which named classes, parameters and the values sent): an unknown
 * address or id 404, a wrong method 405 (with Allow), a format not offered 406, a body in a type not accepted 415,
 * unreadable JSON 400, no role 403. A refusal is logged in one line; a real error is a 500 with a reference, logged
 * once with its stack trace.
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {

    static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());
    private static final Set<Integer> NAMED = Set.of(403, 404, 405, 406, 415);

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web
                && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            LOG.info(() -> "Refused (" + original.getStatus() + ") " + request.getMethod() + " "
                    + request.getRequestURI() + ": " + failure.getClass().getSimpleName());
            Response.ResponseBuilder answer = problem(original.getStatus(), null);
            List<Object> allow = original.getHeaders().get("Allow");
            if (allow != null) {
                allow.forEach(value -> answer.header("Allow", value));
            }
            return answer.build();
        }
        if (failure instanceof RuleViolation violation) {
            return ApiAnswers.refusal(violation, request);
        }
        var refusal = Refusal.of(failure);
        if (refusal.isPresent() || failure instanceof JsonException) {
            int status = refusal.map(Refusal::status).orElse(400);
            LOG.info(() -> Refusal.describe(
                    refusal.orElse(Refusal.MALFORMED), request.getMethod(), request.getRequestURI(), failure));
            return problem(status, null).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Error reference " + reference + " at " + request.getRequestURI(), failure);
        return problem(500, reference).build();
    }

    private Response.ResponseBuilder problem(int status, String reference) {
        String key = status == 500
                ? "api.problem.500"
                : NAMED.contains(status) ? "api.problem." + status : "api.problem.4xx";
        Response.Status known = Response.Status.fromStatusCode(status);
        var body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", known == null ? "Error" : known.getReasonPhrase())
                .add("status", status)
                .add("code", key)
                .add(
                        "detail",
                        reference == null ? ApiAnswers.text(request, key) : ApiAnswers.text(request, key, reference));
        if (reference != null) {
            body.add("reference", reference);
        }
        return Response.status(status)
                .type(PROBLEM)
                .header("Cache-Control", "no-store")
                .entity(body.build().toString());
    }
}
