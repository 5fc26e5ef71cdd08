package org.policyforum.web.api;

import static org.policyforum.web.platform.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/**
 * JSON answers of the API for the forum's own scripts, with messages from the pages' resource bundles in the
 * visitor's language (the {@code forum_lang} cookie, as on the pages), so a script shows the very words a page would.
 */
final class ApiAnswers {

    private static final String BUNDLE = "org.policyforum.web.messages";

    private ApiAnswers() {}

    /** A refusal: {@code {"status":"refused","code":key,"field":…,"message":…}}; no cache may keep it. */
    static Response refusal(
            Response.StatusType status, String key, String field, HttpServletRequest request, Object... arguments) {
        JsonObjectBuilder body =
                JSON.createObjectBuilder().add("status", "refused").add("code", key);
        if (field == null) {
            body.addNull("field");
        } else {
            body.add("field", field);
        }
        body.add("message", text(request, key, arguments));
        return json(status, body.build());
    }

    /**
     * A rule of the boundary said no: 404 for an unknown poll, 422 when what was sent is wrong (the refusal names a
     * field), 409 when the state of things refuses it (closed, not open yet, not eligible, voted already).
     */
    static Response refusal(RuleViolation violation, HttpServletRequest request) {
        Response.StatusType status = "notFound".equals(violation.messageKey())
                ? Response.Status.NOT_FOUND
                : violation.field() != null ? UNPROCESSABLE : Response.Status.CONFLICT;
        return refusal(status, violation.messageKey(), violation.field(), request, violation.arguments());
    }

    static Response json(Response.StatusType status, JsonObject body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(body.toString())
                .build();
    }

    static String text(HttpServletRequest request, String key, Object... arguments) {
        Locale locale = LocaleSelection.of(request);
        return FacesMessages.format(
                ResourceBundle.getBundle(BUNDLE, locale, ApiAnswers.class.getClassLoader()), locale, key, arguments);
    }

    /** Jakarta REST 3.1 names no 422. */
    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
