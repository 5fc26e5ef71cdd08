package org.policyforum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The readers' cache: a topic page (and the outcome tracker, one outcome, a page of the idea list) asked for by a
 * visitor without a session (a reader who is not logged in) is served from a copy at most
 * {@code FORUM_READER_CACHE_SECONDS} (default 2) old, rendered once for all of them. Members and
 * anyone with a session always get their own rendering, so what they write or react shows at once; readers see it
 * within those seconds. Only a plain 200 that set no cookie and opened no session is copied, so nothing personal can
 * end up in a copy; each copy goes out with a nonce of its own ({@link PageCopy}).
 *
 * <p>While one request renders a page, the others asking for it get the previous copy if there is one, else they wait
 * for that rendering: a burst of readers on a new topic costs one rendering, not fifty.
 */
@WebFilter(
        urlPatterns = {"/topic.xhtml", "/outcomes.xhtml", "/outcome.xhtml", "/ideas.xhtml"},
        dispatcherTypes = DispatcherType.REQUEST)
public class ReaderPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReaderPageCache.class.getName());
    /**
     * The pages copied, each with the parameters it reads; any other parameter and the request is not a reader's plain
     * page view: a topic, the outcome tracker (its filters and page), one outcome and the idea list (its words, q,
     * are cached only up to {@link #LONGEST_VALUE} characters, like every value).
     */
    static final Map<String, Set<String>> PAGE_PARAMETERS = Map.of(
            "/topic.xhtml", Set.of("id", "order", "stance", "shown"),
            "/outcomes.xhtml", Set.of("status", "bureau", "year", "source", "words", "page"),
            "/outcome.xhtml", Set.of("id"),
            "/ideas.xhtml", Set.of("q", "category", "state", "sort", "page"));

    private static final int LONGEST_VALUE = 20;
    /** Copies kept at most: one per page and parameters asked for, in each language. */
    static final int MOST_COPIES = 500;

    private static final long WAIT_FOR_RENDERING_SECONDS = 30;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    private final Map<String, PageCopy> copies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<PageCopy>>> renderings = new ConcurrentHashMap<>();
    private long lifetimeMillis;

    @Override
    public void init() {
        lifetimeMillis = lifetimeMillis(environment);
        LOG.info(
                () -> "Readers' cache of topic pages: " + (lifetimeMillis == 0 ? "off" : lifetimeMillis / 1000 + " s"));
    }

    /**
     * How long a readers' copy lives, in milliseconds: {@code FORUM_READER_CACHE_SECONDS} (default 2; 0 switches the
     * copies off). The API's copies ({@code web.api.ReadCache}) live as long, so pages and API agree.
     */
    public static long lifetimeMillis(ForumEnvironment environment) {
        return Math.max(
                        0,
                        environment
                                .readerCacheSeconds()
                                .map(ReaderPageCache::seconds)
                                .orElse(2L))
                * 1000;
    }

    private static long seconds(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("FORUM_READER_CACHE_SECONDS must be a whole number of seconds: " + text, e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = lifetimeMillis == 0 ? null : key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PageCopy copy = copies.get(key);
        if (copy != null && copy.freshAt(clock.millis())) {
            serve(copy, request, response);
            return;
        }
        CompletableFuture<Optional<PageCopy>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<PageCopy>> running = renderings.putIfAbsent(key, mine);
        if (running != null) {
            Optional<PageCopy> other = copy != null ? Optional.of(copy) : awaitOther(running);
            if (other.isPresent()) {
                serve(other.get(), request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<PageCopy> rendered = Optional.empty();
        try {
            rendered = render(request, response, chain);
            rendered.ifPresent(made -> keep(key, made));
        } finally {
            mine.complete(rendered);
            renderings.remove(key, mine);
        }
    }

    /**
     * The copy's name, or null when this request must get its own rendering: not a GET, a session (a member, or a
     * visitor in the middle of a form), a language switch (it sets a cookie), or parameters a plain view has not.
     */
    static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getSession(false) != null
                || request.getRequestedSessionId() != null
                || request.getHeader("Authorization") != null
                || LocaleSelection.asked(request) != null) {
            return null;
        }
        Set<String> known = PAGE_PARAMETERS.get(request.getServletPath());
        if (known == null) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String[] values = parameter.getValue();
            if (!known.contains(parameter.getKey()) || values.length != 1 || values[0].length() > LONGEST_VALUE) {
                return null;
            }
            parameters.put(parameter.getKey(), values[0]);
        }
        // named by the page's clean address (/topics/5), the one every link and the old addresses' redirect lead to
        String page = CleanAddresses.page(request.getServletPath(), parameters.remove("id"));
        if (page == null) {
            return null;
        }
        Locale locale = LocaleSelection.of(request);
        return page + '|' + locale.getLanguage() + '|' + parameters;
    }

    private Optional<PageCopy> awaitOther(CompletableFuture<Optional<PageCopy>> running) {
        try {
            return running.get(WAIT_FOR_RENDERING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private Optional<PageCopy> render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (!capture.holdsBody()) {
            return Optional.empty();
        }
        byte[] body = capture.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        boolean copyable = capture.copyable()
                && request.getSession(false) == null
                && StandardCharsets.UTF_8.equals(capture.charset());
        if (!copyable) {
            return Optional.empty();
        }
        return PageCopy.of(capture.getContentType(), capture.headers(), body, clock.millis() + lifetimeMillis);
    }

    private void keep(String key, PageCopy copy) {
        if (copies.size() >= MOST_COPIES) {
            long now = clock.millis();
            copies.values().removeIf(old -> !old.freshAt(now));
            if (copies.size() >= MOST_COPIES) {
                copies.clear();
            }
        }
        copies.put(key, copy);
    }

    private static void serve(PageCopy copy, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeadersFilter.apply(request, response);
        String nonce = PageCopy.newNonce();
        for (PageCopy.Header header : copy.headers(nonce)) {
            if (header.added()) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
            }
        }
        response.setContentType(copy.contentType());
        response.setContentLength(copy.length(nonce));
        copy.writeTo(response.getOutputStream(), nonce);
    }
}
