package org.policyforum.web.operations;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The forum's health in MicroProfile Health's JSON ({@link ForumReadiness}): {@code GET /health/ready} (and
 * {@code /ops/ready}, the address load balancers and probes were given first) the readiness checks, {@code GET
 * /health/live} the liveness checks; 200 when every check is up and 503 naming the failing one otherwise, for a load
 * balancer or monitoring to ask. Only the networks allowed into the console reach them (the admin network filter
 * guards {@code /health/*} and {@code /ops/*} too); they never cache. Served by the forum rather than by WildFly's
 * management interface, whose {@code /health} does not find checks in an EAR's modules (WFLY-12835).
 */
@WebServlet({"/ops/ready", "/health/ready", "/health/live"})
public class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReadinessServlet.class.getName());

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = true;
        JsonArrayBuilder answers = Json.createArrayBuilder();
        boolean live = request.getServletPath().equals("/health/live");
        for (HealthCheck check : checks.select(live ? Liveness.Literal.INSTANCE : Readiness.Literal.INSTANCE)) {
            HealthCheckResponse answer = check.call();
            up &= answer.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("name", answer.getName())
                    .add("status", answer.getStatus().name());
            answer.getData().ifPresent(data -> {
                JsonObjectBuilder values = Json.createObjectBuilder();
                data.forEach((key, value) -> {
                    if (value instanceof Number number) {
                        values.add(key, number.longValue());
                    } else {
                        values.add(key, String.valueOf(value));
                    }
                });
                one.add("data", values);
            });
            answers.add(one);
        }
        var report = Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", answers)
                .build()
                .toString();
        if (!up) {
            LOG.warning("The forum is not " + (live ? "live: " : "ready: ") + report);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(report);
    }
}
