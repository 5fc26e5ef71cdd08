package org.policyforum.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policyforum.web.platform.Refusal;

/**
 * What no narrower mapper takes: a body that does not read as the method's record (not JSON, nested too deeply, a
 * string where numbers belong; the parser, Yasson's binding and {@link PollResource.Ballot} all say it by a JSON-P or
 * JSON-B exception) is a 400 {@code api.malformed}; a refusal the pages know ({@link Refusal}: no role, a stale row)
 * its status; anything else a real error, a 500 with a reference, logged once with its stack trace.
 *
 * <p>Together with {@link EngineRefusals} (the REST engine's 4xx) and {@link RuleRefusals} (the boundaries' rules)
 * every failure of the API answers as {@code application/problem+json} (RFC 9457; the page script's own requests in
 * its shape, see {@link ApiAnswers}), in the visitor's language and never with the words of the parser or of the REST
 * engine: those named classes, parameters and the values sent, which is for the log (one line), not for the client.
 */
@Provider
public class ApiProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());
    private static final Set<Integer> NAMED = Set.of(403, 404, 405, 406, 415);
    private static final int MAX_CAUSES = 30;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (isUnreadableBody(failure)) {
            LOG.info(() -> Refusal.describe(Refusal.MALFORMED, request.getMethod(), request.getRequestURI(), failure));
            return ApiAnswers.refusal(Response.Status.BAD_REQUEST, "api.malformed", null, request);
        }
        var refusal = Refusal.of(failure);
        if (refusal.isPresent()) {
            LOG.info(() -> Refusal.describe(refusal.get(), request.getMethod(), request.getRequestURI(), failure));
            int status = refusal.get().status();
            return ApiAnswers.problem(status, code(status), null, null, request);
        }
        return error(failure, request);
    }

    /** A real error: a reference for the client, the stack trace under the same reference in the log. */
    static Response error(Throwable failure, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Error reference " + reference + " at " + request.getRequestURI(), failure);
        return ApiAnswers.problem(500, "api.problem.500", null, reference, request, reference);
    }

    /** The stable code of a refusal by its status alone. */
    static String code(int status) {
        return NAMED.contains(status) ? "api.problem." + status : "api.problem.4xx";
    }

    private static boolean isUnreadableBody(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }
}
