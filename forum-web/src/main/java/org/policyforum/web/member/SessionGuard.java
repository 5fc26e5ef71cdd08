package org.policyforum.web.member;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.policyforum.member.boundary.Logins;

/**
 * Ends a logged-in session whose member has since reset or changed their password, or closed the account (or was
 * closed): each session carries the number it was logged in under, and the member row holds the current one (so
 * this works across the servers of a cluster). Such a request gets a clean answer, never an error page: the login
 * page for a page, an ajax redirect there for an ajax request, a 401 problem for the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());
    /**
     * The session's login number, set at login (ForumIdentityStore) and renewed by the member's own password change.
     */
    static final String EPOCH = "org.policyforum.session.epoch";

    @Inject
    Logins logins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Principal principal = request.getUserPrincipal();
        // style sheets and scripts show nothing of the member: not worth a query each
        if (session == null || principal == null || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Object carried = session.getAttribute(EPOCH);
        OptionalInt current = logins.sessionEpoch();
        if (current.isPresent() && carried instanceof Integer epoch && epoch == current.getAsInt()) {
            chain.doFilter(request, response);
            return;
        }
        String who = principal.getName();
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // a parallel request of the same session (or the logout itself) ended it first: the outcome is the same
        }
        LOG.info(() -> "Ended a session of member " + who + ": password changed or account closed since its login");
        end(request, response);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login?ended=true";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"The session has ended; please log in again.\"}");
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + login.replace("&", "&amp;") + "\"/></partial-response>")
                    .getBytes(StandardCharsets.UTF_8);
            response.getOutputStream().write(body);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", login);
        }
    }
}
