package org.policyforum.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Pages answer GET, HEAD and POST only. The Faces servlet does not look at the method, so without this a PUT or
 * DELETE to a page was served as if it were a GET (and a post's action ran for it). OPTIONS is answered with the
 * methods a page allows; anything else (TRACE too) gets 405 with the same list. The API under /api has its own
 * methods per resource and Jakarta REST answers for them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HttpMethodFilter.class.getName());
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (PAGE_METHODS.contains(method) || isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", ALLOW);
        if ("OPTIONS".equals(method)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        LOG.info(() -> "Refused (405) " + printable(method) + " " + request.getRequestURI());
        ErrorAnswer.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A method name is a client's text: at most a short token in the log. */
    private static String printable(String method) {
        String token = method.replaceAll("[^A-Za-z0-9_-]", "?");
        return token.length() > 20 ? token.substring(0, 20) + "…" : token;
    }
}
