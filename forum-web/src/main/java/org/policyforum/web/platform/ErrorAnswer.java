package org.policyforum.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How a filter refuses a request: the status with its error page (web.xml), once. */
public final class ErrorAnswer {

    private ErrorAnswer() {}

    /**
     * Sends {@code status} with its error page, unless an answer already went out: Undertow commits some answers
     * itself before a filter sees the failure (seen under bursts of odd methods, UT010019, and when a client goes
     * away). Then the status on the wire cannot change any more; nothing is sent and nothing is thrown, so that a
     * refusal stays one log line instead of a stack trace.
     */
    public static void send(HttpServletResponse response, int status) throws IOException {
        send(response, status, null);
    }

    /** The same, with a reason for the error page. */
    public static void send(HttpServletResponse response, int status, String reason) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        try {
            if (reason == null) {
                response.sendError(status);
            } else {
                response.sendError(status, reason);
            }
        } catch (IllegalStateException committedMeanwhile) {
            // nothing more can be sent: see above
        }
    }
}
