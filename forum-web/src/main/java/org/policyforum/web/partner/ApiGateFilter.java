package org.policyforum.web.partner;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.policyforum.partner.boundary.PartnerGate;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.api.ApiAnswers;
import org.policyforum.web.platform.ClientAddress;

/**
 * The door of {@code /api}: CORS for registered partner origins only, partner keys ({@code X-Api-Key} or
 * {@code Authorization: Bearer}), and the read rate limits, before the REST engine sees the request.
 * <ul>
 * <li>An origin a partner registered gets {@code Access-Control-Allow-Origin} with itself and its preflight answered;
 * any other origin gets no CORS header (its script cannot read the answer; a preflight is refused).</li>
 * <li>A key that is not a live key of an active partner: 401. A good key from an origin that is not its partner's:
 * 403. A key never authorises a write: a write with a key is 403 (writes are a logged-in member's own session's).</li>
 * <li>Past the limit (per key, per logged-in member, or per client address otherwise): 429 with
 * {@code Retry-After}.</li>
 * </ul>
 * Every refusal is problem+json in the visitor's language.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiGateFilter.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    static final String ALLOWED_HEADERS = "X-Api-Key, Authorization, If-None-Match, Accept, Accept-Language";
    static final String EXPOSED_HEADERS = "Retry-After, ETag, Link";

    @Inject
    PartnerGate gate;

    @Inject
    ApiRateLimiter limiter;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ForumEnvironment environment;

    private int anonymousPerMinute;
    private int keyedPerMinute;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        anonymousPerMinute = environment.apiRateAnonymous();
        keyedPerMinute = environment.apiRateKeyed();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        boolean partnerOrigin = origin != null && gate.isPartnerOrigin(origin);
        if (partnerOrigin) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (isPreflight(request)) {
            preflight(request, response, partnerOrigin);
            return;
        }
        String key = presentedKey(request);
        if (key == null) {
            // a logged-in member is counted as themself at the keyed rate: members behind one address (a carrier's
            // shared address, a city office) must not take each other's ballots away on the day of a vote
            Principal member = request.getUserPrincipal();
            boolean signedIn = member != null;
            String subject = signedIn ? "member:" + member.getName() : "address:" + clientAddress.of(request);
            if (allowed(request, response, subject, signedIn ? keyedPerMinute : anonymousPerMinute)) {
                chain.doFilter(request, response);
            }
            return;
        }
        Optional<PartnerGate.KeyHolder> holder = gate.use(key);
        if (holder.isEmpty()) {
            // a wrong key costs the address's allowance, so keys cannot be guessed at the keyed rate
            if (allowed(request, response, "address:" + clientAddress.of(request), anonymousPerMinute)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.key.unknown");
            }
            return;
        }
        if (origin != null && !holder.get().origins().contains(origin)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "api.key.origin");
            return;
        }
        if (!READS.contains(request.getMethod())) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "api.key.readOnly");
            return;
        }
        if (allowed(request, response, "key:" + holder.get().prefix(), keyedPerMinute)) {
            chain.doFilter(request, response);
        }
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    private void preflight(HttpServletRequest request, HttpServletResponse response, boolean partnerOrigin)
            throws IOException {
        if (!partnerOrigin) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "api.origin.unknown");
            return;
        }
        // partners read; writes stay with the forum's own pages, so a partner's preflight offers reads only
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private boolean allowed(HttpServletRequest request, HttpServletResponse response, String subject, int perMinute)
            throws IOException {
        long wait = limiter.take(subject, perMinute);
        if (wait == 0) {
            return true;
        }
        response.setHeader("Retry-After", String.valueOf(wait));
        refuse(request, response, 429, "api.rate.limited", perMinute, wait);
        return false;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String key, Object... arguments)
            throws IOException {
        LOG.info(() -> "Refused (" + status + " " + key + ") " + request.getMethod() + " " + request.getRequestURI());
        ApiAnswers.send(request, response, status, key, arguments);
    }

    /** {@code X-Api-Key}, else a bearer token; null when the request names no key. */
    static String presentedKey(HttpServletRequest request) {
        String key = request.getHeader("X-Api-Key");
        if (key != null) {
            return key;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }
}
