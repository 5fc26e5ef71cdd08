package org.policyforum.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.policyforum.platform.entity.Roles;
import org.policyforum.web.platform.CsrfToken;

/**
 * The checks before every {@link MemberWrite} method, in this order: the request comes from our own pages (a
 * cross-site {@code Sec-Fetch-Site} or {@code Origin}, when the browser sends them, is refused: 403), a member is
 * logged in (401), the body is JSON (415: a cross-site HTML form cannot send that type without the browser asking
 * first), and the session's CSRF token is in the header (403). Each refusal is JSON with a message in the visitor's
 * language, and nothing runs. It also marks the request as the page script's, so that the refusals that come later
 * (an unreadable body, a boundary's rule) answer in the shape the script reads (see {@link ApiAnswers}).
 */
@Provider
@MemberWrite
@Priority(Priorities.AUTHENTICATION)
public class MemberWriteGuard implements ContainerRequestFilter {

    /** What a browser says about where a request comes from that we accept; "none" is the visitor's own action. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Context
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    @Override
    public void filter(ContainerRequestContext context) {
        ApiAnswers.markScript(request);
        if (isCrossSite()) {
            context.abortWith(ApiAnswers.refusal(Response.Status.FORBIDDEN, "api.crossSite", null, request));
        } else if (security.getCallerPrincipal() == null || !security.isCallerInRole(Roles.MEMBER)) {
            context.abortWith(ApiAnswers.refusal(Response.Status.UNAUTHORIZED, "api.loginRequired", null, request));
        } else if (!isJson(context.getMediaType())) {
            context.abortWith(ApiAnswers.refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, "api.notJson", null, request));
        } else if (!CsrfToken.matches(request)) {
            context.abortWith(ApiAnswers.refusal(Response.Status.FORBIDDEN, "api.forged", null, request));
        }
    }

    private boolean isCrossSite() {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        // the Host the browser asked for, as a reverse proxy passes it on, whatever scheme it terminated
        String host = request.getHeader("Host");
        try {
            String authority = URI.create(origin).getAuthority();
            return authority == null || host == null || !authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                && !type.isWildcardSubtype()
                && !type.isWildcardType();
    }
}
