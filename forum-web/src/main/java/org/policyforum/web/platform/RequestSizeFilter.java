package org.policyforum.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a post larger than any form of ours needs, with the friendly "too large" page, before anything reads it.
 * The server's own limit (max-post-size in configure-server.cli) is higher and only catches what slips past this,
 * such as a chunked body without a declared length.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(RequestSizeFilter.class.getName());
    static final long LIMIT = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > LIMIT) {
            LOG.info(() -> "Refused (413) " + request.getMethod() + " " + request.getRequestURI() + ": "
                    + request.getContentLengthLong() + " bytes");
            ErrorAnswer.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
