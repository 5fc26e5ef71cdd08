package org.policyforum.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/**
 * The REST engine's own refusals as problem+json: an unknown address or id 404, a wrong method 405 (with its Allow),
 * a format not offered 406, a body in a type not accepted 415. The engine's words (they name the resource's classes
 * and the values sent) go to the log in one line; the client gets the status's own code and words.
 */
@Provider
public class EngineRefusals implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(EngineRefusals.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response original = failure.getResponse();
        if (original == null || original.getStatus() >= 500) {
            return ApiProblems.error(failure, request);
        }
        int status = original.getStatus();
        LOG.info(() -> "Refused (" + status + ") " + request.getMethod() + " " + request.getRequestURI() + ": "
                + failure.getClass().getSimpleName());
        Response problem = ApiAnswers.problem(status, ApiProblems.code(status), null, null, request);
        List<Object> allow = original.getHeaders().get("Allow");
        if (allow == null) {
            return problem;
        }
        Response.ResponseBuilder withAllow = Response.fromResponse(problem);
        allow.forEach(value -> withAllow.header("Allow", value));
        return withAllow.build();
    }
}
