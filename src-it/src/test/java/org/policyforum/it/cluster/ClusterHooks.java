package org.policyforum.it.cluster;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.security.Identities;
import org.policyforum.newsletter.boundary.CampaignTimer;
import org.policyforum.platform.entity.Roles;

/**
 * Test hooks of the cluster's test EAR (web module, {@link Cluster}); never in the product EAR.
 *
 * <ul>
 *   <li>{@code GET /it-cluster/campaign-due?at=<instant>&operator=<member id>}: what the monthly campaign's timer does
 *       when it fires at {@code at}, on this node, as that operator ({@code CampaignTimer.fireIfDue} with the clock
 *       moved for this request's thread). Answers {@code fired <id>}, {@code none}, or {@code refused <causes>} when
 *       the call failed (the transaction rolled back), always with 200 so that the test sees every outcome.
 *   <li>{@code GET /it-cluster/forget-mail-cache}: empties this node's shared cache of the mail unit, as a node that
 *       had never read the campaign schedule (the test changes it with SQL, as another node would).
 * </ul>
 */
@WebServlet({"/it-cluster/campaign-due", "/it-cluster/forget-mail-cache"})
public class ClusterHooks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignTimer timer;

    @PersistenceUnit(unitName = "forum-mail.jar#mail")
    transient EntityManagerFactory mail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getServletPath().endsWith("forget-mail-cache")) {
            mail.getCache().evictAll();
            response.getWriter().print("forgotten");
            return;
        }
        Instant at = Instant.parse(request.getParameter("at"));
        long operator = Long.parseLong(request.getParameter("operator"));
        String answer;
        try {
            Optional<Long> fired =
                    Identities.as(operator, Set.of(Roles.OPERATOR), () -> TestClock.at(at, timer::fireIfDue));
            answer = fired.map(id -> "fired " + id).orElse("none");
        } catch (Exception e) {
            StringBuilder causes = new StringBuilder("refused");
            for (Throwable t = e; t != null; t = t.getCause()) {
                causes.append(" | ").append(t.getClass().getName()).append(": ").append(t.getMessage());
            }
            answer = causes.toString();
        }
        response.getWriter().print(answer);
    }
}
