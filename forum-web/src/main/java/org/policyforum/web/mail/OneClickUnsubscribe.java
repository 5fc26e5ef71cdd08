package org.policyforum.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.MailConsentPort.Outcome;

/**
 * The address in the List-Unsubscribe header of every campaign and digest mail ({@code list=digest}; no list is the
 * campaign). A mail client's one-click POST (RFC 8058, {@code List-Unsubscribe=One-Click}) unsubscribes at once; the
 * signed token is the only credential, so there is no session and no view state to check. A browser's GET goes to
 * the page that asks first.
 */
@WebServlet("/mail/unsubscribe")
public class OneClickUnsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailConsentPort consent;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        String list = request.getParameter("list");
        response.sendRedirect(request.getContextPath() + "/unsubscribe?"
                + (list == null ? "" : "list=" + encode(list) + "&") + "token=" + encode(token == null ? "" : token));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Outcome outcome = MailList.fromParameter(request.getParameter("list"))
                .map(list -> consent.unsubscribe(list, request.getParameter("token")))
                .orElse(Outcome.INVALID);
        boolean ok = outcome == Outcome.UNSUBSCRIBED || outcome == Outcome.ALREADY_UNSUBSCRIBED;
        response.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(outcome.name());
    }
}
