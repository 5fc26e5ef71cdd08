package org.policyforum.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.JsonProviders;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The API's answers as records that JSON-B writes, with messages from the pages' resource bundles in the visitor's
 * language (the {@code forum_lang} cookie, as on the pages), so a script shows the very words a page would.
 *
 * <p>Two shapes of refusal: the forum's own page script ({@link MemberWrite}, marked by {@link MemberWriteGuard})
 * reads {@link ScriptRefusal} as JSON and shows its message, and falls back to the page's form on anything that is
 * not {@code application/json}; every other client gets {@link Problem} as {@code application/problem+json}
 * (RFC 9457). Both carry the same stable code: a message key.
 */
// public, and so its records, for JSON-B's reflection; its methods are the package's
public final class ApiAnswers {

    static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    private static final String BUNDLE = "org.policyforum.web.messages";
    /** Request attribute: the request is a page script's {@link MemberWrite}, answered in its shape. */
    private static final String SCRIPT = ApiAnswers.class.getName() + ".script";

    private ApiAnswers() {}

    /** {@code {"status":"refused","code":key,"field":…,"message":…}}; the field is {@code null} when none. */
    @JsonbNillable
    @JsonbPropertyOrder({"status", "code", "field", "message"})
    public record ScriptRefusal(String status, String code, String field, String message) {}

    /**
     * RFC 9457's members and three of ours: {@code code} (a message key, stable), {@code field} (the field a rule
     * names) and {@code reference} (of a real error, as in the server log). Absent ones are left out.
     */
    @JsonbPropertyOrder({"type", "title", "status", "code", "field", "detail", "reference"})
    public record Problem(
            String type, String title, int status, String code, String field, String detail, String reference) {}

    /** From now on, refusals of this request are answered to the page script (see {@link ScriptRefusal}). */
    static void markScript(HttpServletRequest request) {
        request.setAttribute(SCRIPT, Boolean.TRUE);
    }

    /**
     * A refusal with the message of {@code key}: the page script's shape for its own requests, problem+json for
     * everyone else. No cache may keep it.
     */
    static Response refusal(
            Response.StatusType status, String key, String field, HttpServletRequest request, Object... arguments) {
        if (Boolean.TRUE.equals(request.getAttribute(SCRIPT))) {
            return json(status, new ScriptRefusal("refused", key, field, text(request, key, arguments)));
        }
        return problem(status.getStatusCode(), key, field, null, request, arguments);
    }

    /** problem+json, whoever asked; {@code reference} only for a real error. */
    static Response problem(
            int status, String key, String field, String reference, HttpServletRequest request, Object... arguments) {
        Response.Status known = Response.Status.fromStatusCode(status);
        Problem body = new Problem(
                "about:blank",
                known == null ? (status == 422 ? UNPROCESSABLE.getReasonPhrase() : "Error") : known.getReasonPhrase(),
                status,
                key,
                field,
                text(request, key, arguments),
                reference);
        return Response.status(status)
                .type(PROBLEM)
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }

    /**
     * problem+json written by a servlet filter in front of the REST engine (the partner gate), in the same shape and
     * words as {@link #problem}.
     */
    public static void send(
            HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        Response.Status known = Response.Status.fromStatusCode(status);
        String body = JsonProviders.JSON
                .createObjectBuilder()
                .add("type", "about:blank")
                .add("title", known == null ? "Error" : known.getReasonPhrase())
                .add("status", status)
                .add("code", key)
                .add("detail", text(request, key, arguments))
                .build()
                .toString();
        response.setStatus(status);
        response.setContentType(PROBLEM.toString());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    static Response json(Response.StatusType status, Object body) {
        return Response.status(status)
                .type(JSON_UTF8)
                .header("Cache-Control", "no-store")
                .entity(body)
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
