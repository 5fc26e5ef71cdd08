package org.policyforum.web.dev;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.web.platform.ErrorAnswer;

/** Pages under /dev exist only for local runs: in production they are not found at all. */
@WebFilter(urlPatterns = "/dev/*")
public class DevelopmentOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumEnvironment environment;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (environment.isProduction()) {
            ErrorAnswer.send(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
