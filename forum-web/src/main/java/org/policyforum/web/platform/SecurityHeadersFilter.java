package org.policyforum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * Headers every response carries. Scripts are governed by the policy PrimeFaces sends (script-src 'self' plus a
 * per-response nonce, no 'unsafe-inline'); this one adds the rest and sets no default-src, so it does not
 * narrow scripts further. Inline styles stay allowed because PrimeFaces components write style attributes.
 *
 * <p>Also on ERROR dispatches: when a request fails with an exception, the container resets the response (headers
 * included) before it renders the error page, so the headers must be set again for the error page.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; "
            + "img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            // the installable app: its manifest and service worker come from the site itself, nothing else may
            + "manifest-src 'self'; worker-src 'self'";
    /**
     * The partner widget's pages are framed by partners' sites: their page adds its own policy naming exactly the
     * partner's registered origins as frame-ancestors (and 'none' for an unknown partner), so this one names none and
     * no X-Frame-Options is sent (it would forbid every other site, whatever the policy says).
     */
    static final String WIDGET_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; font-src 'self' data:";

    static final String WIDGET_PATH = "/widget/";

    /** Whether FORUM_BASE_URL is https: then HSTS goes out also behind a proxy that speaks plain HTTP to us. */
    private static volatile boolean httpsSite;

    @Inject
    ForumEnvironment environment;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        httpsSite = environment.isHttpsBaseUrl();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Also called by {@link ReaderPageCache} for a copy it serves itself, whichever filter the container runs first.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response, httpsSite);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response, boolean httpsSite) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        boolean widget = request.getDispatcherType() == DispatcherType.REQUEST
                && request.getRequestURI().startsWith(request.getContextPath() + WIDGET_PATH);
        if (!widget) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // set, not add: on an error dispatch the header may be there already; PrimeFaces adds its script policy later
        response.setHeader("Content-Security-Policy", widget ? WIDGET_POLICY : POLICY);
        // a browser ignores HSTS received over plain HTTP, so sending it for an https site costs nothing there
        if (httpsSite || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        // feeds say their own caching (revalidated by ETag); everything else is private to its visitor
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/feeds/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
