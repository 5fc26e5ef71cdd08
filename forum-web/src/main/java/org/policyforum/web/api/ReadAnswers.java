package org.policyforum.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * How {@code /api/v1} answers a read: the body written once, a strong {@code ETag} of those
 * bytes, {@code 304 Not Modified} when {@code If-None-Match} names it, a {@code Cache-Control} per resource (public
 * for anonymous readers; private for a logged-in one, whose poll results may differ), and {@code Link} rel=next/prev
 * for a page of a list.
 */
final class ReadAnswers {

    /** How long a reader may keep an answer: live figures briefly, settled records longer. */
    enum Freshness {
        /** Poll results, stance counts, opinions: they change with every vote or post. */
        LIVE(Duration.ofSeconds(5)),
        /** Lists of topics, ideas and outcomes: new items arrive now and then. */
        LISTS(Duration.ofSeconds(60)),
        /** Announced rounds and their winners, outcomes' records: rarely change. */
        SETTLED(Duration.ofMinutes(5));

        final Duration maxAge;

        Freshness(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }

    /**
     * The reads' writer: unlike the refusals (which leave absent members out), a read names every field, null
     * included, so that a placeholder's missing text is said, not guessed. One for the deployment; it is thread-safe.
     */
    private static final class Writer {
        // in a holder: made when the first read is answered, not when the class is loaded
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }

    private ReadAnswers() {}

    /** A read's answer: 200 with the body, or 304 without it when the reader holds the same bytes. */
    static Response of(Object body, Freshness freshness, HttpServletRequest request) {
        return of(body, freshness, request, List.of());
    }

    static Response of(Object body, Freshness freshness, HttpServletRequest request, List<String> links) {
        String json = Writer.JSONB.toJson(body);
        String tag = tagOf(json);
        String cacheControl = (request.getUserPrincipal() == null ? "public" : "private") + ", max-age="
                + freshness.maxAge.toSeconds();
        boolean filling = request.getAttribute(ReadCache.FILLING) != null;
        Response.ResponseBuilder answer = !filling && matches(request.getHeader("If-None-Match"), tag)
                ? Response.notModified()
                : Response.ok(json, ApiAnswers.JSON_UTF8);
        answer.tag(new EntityTag(tag)).header("Cache-Control", cacheControl).header("Vary", "Cookie, Accept-Language");
        links.forEach(link -> answer.header("Link", link));
        return answer.build();
    }

    /** The links of a page of a list: next while more follow, prev after the first. */
    /** A page of a list: cached as lists are, with its Link rel=next/prev. */
    static Response listPage(Object body, HttpServletRequest request, UriInfo uri, Paging paging, boolean more) {
        return of(body, Freshness.LISTS, request, pageLinks(uri, paging, more));
    }

    static List<String> pageLinks(UriInfo uri, Paging paging, boolean more) {
        List<String> links = new java.util.ArrayList<>();
        if (more) {
            links.add(link(uri, paging, paging.page() + 1, "next"));
        }
        if (paging.page() > 1) {
            links.add(link(uri, paging, paging.page() - 1, "prev"));
        }
        return links;
    }

    private static String link(UriInfo uri, Paging paging, int page, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", paging.size())
                .build()
                .toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }

    /** RFC 9110's weak comparison, as If-None-Match asks: W/ is ignored, {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2000) {
            return false;
        }
        for (String each : ifNoneMatch.split(",")) {
            String candidate = each.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** The first 16 bytes of the body's SHA-256, URL-safe Base64: the same bytes, the same tag, on every node. */
    static String tagOf(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException("every Java has SHA-256", always);
        }
    }
}
