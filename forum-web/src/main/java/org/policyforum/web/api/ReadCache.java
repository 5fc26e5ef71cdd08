package org.policyforum.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.platform.LocaleSelection;
import org.policyforum.web.platform.ReaderPageCache;

/**
 * The readers' cache for {@code /api/v1}: an anonymous (or partner-keyed) read is answered from the bytes of the same
 * read at most {@code FORUM_READER_CACHE_SECONDS} (default 2) old, in the same language, as the readers' page cache
 * does for pages; a reader holding those bytes gets its 304 without the boundary being asked. A logged-in member's read
 * is always their own (their poll results may differ). It runs after the API gate (a servlet filter), so rate limits
 * and CORS still apply to every request.
 */
@Provider
@Priority(Priorities.USER)
public class ReadCache implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String KEY = ReadCache.class.getName();
    /** Set while a read refills the copy: {@link ReadAnswers} then answers 200 whatever If-None-Match says. */
    static final String FILLING = KEY + ".filling";
    /** Copies kept at most: one per address and query asked for, in each language. */
    static final int MOST_COPIES = 1000;

    private record Copy(
            String json, String tag, List<Object> links, String cacheControl, long madeAt, long freshUntil) {}

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    @Context
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    private volatile Long lifetimeMillis;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!"GET".equals(context.getMethod())
                || !isVersionOne(context.getUriInfo().getPath())
                || request.getUserPrincipal() != null
                || lifetime() == 0) {
            return;
        }
        String key = context.getUriInfo().getRequestUri() + "|"
                + LocaleSelection.of(request).getLanguage();
        Copy copy = copies.get(key);
        if (copy != null && copy.freshUntil() > clock.millis()) {
            context.abortWith(answer(copy, context.getHeaderString(HttpHeaders.IF_NONE_MATCH), clock.millis()));
            return;
        }
        context.setProperty(KEY, key);
        // the read must give its body to refill the copy, also when this reader only revalidates: the 304 is made
        // here afterwards (else, once the copy expired, every revalidation would ask the boundary)
        request.setAttribute(FILLING, Boolean.TRUE);
    }

    /** The engine names the path with or without its leading slash. */
    static boolean isVersionOne(String path) {
        return path.startsWith("v1/") || path.startsWith("/v1/");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null || response.getStatus() != 200 || !(response.getEntity() instanceof String json)) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            return;
        }
        if (ReadAnswers.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
        if (copies.size() >= MOST_COPIES) {
            long now = clock.millis();
            copies.values().removeIf(old -> old.freshUntil() <= now);
            if (copies.size() >= MOST_COPIES) {
                copies.clear();
            }
        }
        List<Object> links = response.getHeaders().getOrDefault("Link", List.of());
        copies.put(
                (String) key,
                new Copy(
                        json,
                        tag.getValue(),
                        List.copyOf(links),
                        response.getHeaderString("Cache-Control"),
                        clock.millis(),
                        clock.millis() + lifetime()));
    }

    /** The copy's answer, with its {@code Age} as a shared cache gives it (RFC 9111), in whole seconds. */
    private static Response answer(Copy copy, String ifNoneMatch, long now) {
        Response.ResponseBuilder answer = ReadAnswers.matches(ifNoneMatch, copy.tag())
                ? Response.notModified()
                : Response.ok(copy.json(), ApiAnswers.JSON_UTF8);
        answer.tag(new EntityTag(copy.tag()))
                .header("Cache-Control", copy.cacheControl())
                .header("Vary", "Cookie, Accept-Language")
                .header("Age", (now - copy.madeAt()) / 1000);
        copy.links().forEach(link -> answer.header("Link", link));
        return answer.build();
    }

    private long lifetime() {
        Long known = lifetimeMillis;
        if (known == null) {
            known = ReaderPageCache.lifetimeMillis(environment);
            lifetimeMillis = known;
        }
        return known;
    }
}
