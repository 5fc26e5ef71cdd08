package org.policyforum.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.filter.FacesExceptionFilter;

/**
 * Where a failed request gets its answer. A {@link Refusal} (no role, unknown id, page open too long, forged nonce)
 * gets its 4xx page and one log line; anything else the 500 page with a reference, logged once with its stack trace.
 * The exception goes no further: the container would log every one again with its whole stack (UT005023), and
 * OmniFaces' own filter a third time, which made an hour of probing fill the log with 24 MB.
 *
 * <p>A subclass of OmniFaces' FacesExceptionFilter (which FullAjaxExceptionHandler needs), registered by us instead of
 * by OmniFaces, also to mark it async-capable: OmniFaces adds it on /* without async support when none is registered,
 * and one such filter on the way makes every asynchronous request fail to go async, so the live poll results
 * (server-sent events, /api/polls/{id}/events) would end after their first event and the browsers fall back to
 * reconnecting. OmniFaces sees this subclass and does not add its own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AsyncFacesExceptionFilter extends FacesExceptionFilter {

    /** Request attribute: the reference of a real error, shown on the 500 page (see {@link ErrorPage}). */
    static final String REFERENCE = AsyncFacesExceptionFilter.class.getName() + ".reference";

    private static final Logger LOG = Logger.getLogger(AsyncFacesExceptionFilter.class.getName());

    @Override
    public void doFilter(
            HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException | IOException | StackOverflowError failure) {
            if (failure instanceof IOException && !(failure instanceof java.io.FileNotFoundException)) {
                throw (IOException) failure; // the client went away; nothing to answer
            }
            answer(request, response, failure);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isPresent()) {
            LOG.warning(() -> Refusal.describe(refusal.get(), request.getMethod(), request.getRequestURI(), failure));
            if (!response.isCommitted()) {
                if (refusal.get() == Refusal.EXPIRED) {
                    request.setAttribute(Refusal.ATTRIBUTE, Refusal.EXPIRED);
                }
                response.reset();
                ErrorAnswer.send(response, refusal.get().status(), refusal.get().name());
            }
            return;
        }
        String reference = ErrorPage.newReference();
        request.setAttribute(REFERENCE, reference);
        LOG.log(Level.SEVERE, "Error reference " + reference + " at " + request.getRequestURI(), rootOf(failure));
        if (!response.isCommitted()) {
            response.reset();
            ErrorAnswer.send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "ERROR");
        }
    }

    /** The exception that says what went wrong, without the wrappers Faces and EL put around it. */
    static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ServletException
                        || cause instanceof jakarta.faces.FacesException
                        || cause instanceof jakarta.el.ELException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
