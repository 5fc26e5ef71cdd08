package org.policyforum.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@link BadParameter} as 400 problem+json {@code api.parameter}, naming the parameter in {@code field}. Nothing is
 * logged: it is the API's ordinary answer to a wrong query, as a message beside a form's field is.
 */
@Provider
public class ParameterRefusals implements ExceptionMapper<BadParameter> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(BadParameter bad) {
        return ApiAnswers.problem(400, "api.parameter", bad.parameter(), null, request, bad.parameter());
    }
}
