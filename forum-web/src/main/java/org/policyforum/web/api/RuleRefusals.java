package org.policyforum.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.policyforum.member.entity.WritingRestricted;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A rule of a boundary said no, with the message the page would show: 404 for an unknown poll, 422 when what was sent
 * is wrong (the refusal names a field), 409 when the state of things refuses it (closed, not open yet, not eligible,
 * voted already), 403 when a sanction restricts the member's writing ({@link WritingRestricted}). Nothing is
 * logged: it is the boundary's ordinary answer, as a message beside a form's field is.
 */
@Provider
public class RuleRefusals implements ExceptionMapper<RuleViolation> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(RuleViolation violation) {
        Response.StatusType status = violation instanceof WritingRestricted
                ? Response.Status.FORBIDDEN
                : "notFound".equals(violation.messageKey())
                        ? Response.Status.NOT_FOUND
                        : violation.field() != null ? ApiAnswers.UNPROCESSABLE : Response.Status.CONFLICT;
        return ApiAnswers.refusal(status, violation.messageKey(), violation.field(), request, violation.arguments());
    }
}
