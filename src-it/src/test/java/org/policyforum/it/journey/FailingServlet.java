package org.policyforum.it.journey;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A real error, for {@link BadRequestsIT}: the forum itself has none left that a request can cause (they are refusals
 * with a 4xx answer), so the test adds this servlet to the web module to see how a real one is answered and logged.
 */
@WebServlet(FailingServlet.PATH)
public class FailingServlet extends HttpServlet {

    static final String PATH = "/it-fixtures/fail";
    static final String MESSAGE = "the test fixture failed on purpose";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException(MESSAGE);
    }
}
