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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.platform.LocaleSelection;
import org.policyforum.web.platform.ReaderPageCache;

/**
 * The readers' cache for {@code /api/v1}: an anonymous (or partner-keyed) read is answered from the bytes of the same
 * read at most {@code FORUM_READER_CACHE_SECONDS} (default 2) old, in the same language, as the readers' page cache
 * does for pages; a reader holding those bytes gets its 304 without the boundary being asked. A logged-in member's read
 * is always their own (their poll results may differ). It runs after the API gate (a servlet filter), so rate limits
 * and CORS still apply to every request.
 *
 * <p>When a copy has expired, one read refills it while the others get the expired copy (its {@code Age} says how old)
 * or, when there is none yet, wait for that read: a burst of readers on an expired copy costs one read of the
 * boundary, not fifty (the readers' page cache does the same for pages).
 */
@Provider
@Priority(Priorities.USER)
public class ReadCache implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String KEY = ReadCache.class.getName();
    /** Set while a read refills the copy: {@link ReadAnswers} then answers 200 whatever If-None-Match says. */
    static final String FILLING = KEY + ".filling";

    private static final String REFILL = KEY + ".refill";
    /** Copies kept at most: one per address and query asked for, in each language. */
    static final int MOST_COPIES = 1000;
    /** How long a reader waits for another's refill when there is no copy to give meanwhile. */
    static final long WAIT_FOR_REFILL_MILLIS = 10_000;
    /** A refill that has not answered in this time (a read that never reached the response filter) is taken over. */
    static final long REFILL_TAKEN_OVER_MILLIS = 10_000;

    /** The answer as sent: its bytes are encoded once, not once per reader (a page of opinions is about 70 KB). */
    private record Copy(
            byte[] body, String tag, List<Object> links, String cacheControl, long madeAt, long freshUntil) {}

    /** One read refilling a copy: the others wait for {@code copy} (empty when the read did not give one). */
    private record Refill(CompletableFuture<Optional<Copy>> copy, long since) {}

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();
    private final Map<String, Refill> refills = new ConcurrentHashMap<>();

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
        long now = clock.millis();
        if (copy != null && copy.freshUntil() > now) {
            context.abortWith(answer(copy, context.getHeaderString(HttpHeaders.IF_NONE_MATCH), now));
            return;
        }
        Refill mine = new Refill(new CompletableFuture<>(), now);
        Refill running = refills.putIfAbsent(key, mine);
        if (running != null
                && now - running.since() > REFILL_TAKEN_OVER_MILLIS
                && refills.replace(key, running, mine)) {
            running.copy().complete(Optional.empty());
            running = null;
        }
        if (running != null) {
            Optional<Copy> other = copy != null ? Optional.of(copy) : awaitOther(running);
            if (other.isPresent()) {
                context.abortWith(
                        answer(other.get(), context.getHeaderString(HttpHeaders.IF_NONE_MATCH), clock.millis()));
            }
            // else: the other read gave no copy (an error, a 404): this one asks the boundary itself, uncopied
            return;
        }
        context.setProperty(REFILL, mine);
        context.setProperty(KEY, key);
        // the read must give its body to refill the copy, also when this reader only revalidates: the 304 is made
        // here afterwards (else, once the copy expired, every revalidation would ask the boundary)
        request.setAttribute(FILLING, Boolean.TRUE);
    }

    /** The engine names the path with or without its leading slash. */
    static boolean isVersionOne(String path) {
        return path.startsWith("v1/") || path.startsWith("/v1/");
    }

    private static Optional<Copy> awaitOther(Refill running) {
        try {
            return running.copy().get(WAIT_FOR_REFILL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null) {
            return;
        }
        Optional<Copy> made = Optional.empty();
        try {
            made = refill((String) key, request, response);
        } finally {
            Refill mine = (Refill) request.getProperty(REFILL);
            mine.copy().complete(made);
            refills.remove((String) key, mine);
        }
    }

    /** Keeps this read's answer as the new copy when it is one to keep, and answers a revalidation with a 304. */
    private Optional<Copy> refill(String key, ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof String json)) {
            return Optional.empty();
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            return Optional.empty();
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
        Copy copy = new Copy(
                json.getBytes(StandardCharsets.UTF_8),
                tag.getValue(),
                List.copyOf(links),
                response.getHeaderString("Cache-Control"),
                clock.millis(),
                clock.millis() + lifetime());
        copies.put(key, copy);
        return Optional.of(copy);
    }

    /** The copy's answer, with its {@code Age} as a shared cache gives it (RFC 9111), in whole seconds. */
    private static Response answer(Copy copy, String ifNoneMatch, long now) {
        Response.ResponseBuilder answer = ReadAnswers.matches(ifNoneMatch, copy.tag())
                ? Response.notModified()
                : Response.ok(copy.body(), ApiAnswers.JSON_UTF8);
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
