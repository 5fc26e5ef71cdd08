package org.policyforum.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.policyforum.newsletter.api.OutboxHealthPort;
import org.policyforum.node.boundary.Nodes;
import org.policyforum.node.entity.NodeBeat;

/**
 * The forum's readiness, answered at {@code /health/ready} (and {@code /ops/ready}) by {@link ReadinessServlet}, and
 * its liveness at {@code /health/live}: a node is ready when its
 * database answers, the database's schema has every migration this build brings and none failed, and the outbox's
 * mails do not wait longer than {@link OutboxHealthPort#STUCK_AFTER}. A load balancer that asks it stops sending
 * people to a node that would fail them; the check's data say which part failed. The checks say nothing of any person.
 * The node check names this node's build and any live peer of another build ({@link Nodes}); it stays up then, as
 * both builds run side by side during a rolling upgrade.
 *
 * <p>MicroProfile Health checks, but not in the management interface's {@code /health/ready}: WildFly 39's health
 * extension does not find checks in an EAR's modules (WFLY-12835; tried in the web module and in the EJB module,
 * neither was asked), so the web module asks them itself.
 *
 * <p>Alive is the web module answering at all: a node whose database is away is not ready (the balancer stops sending
 * people to it) but stays alive, since starting it again would not bring the database back.
 */
@ApplicationScoped
public class ForumReadiness {

    @Inject
    org.policyforum.platform.boundary.Readiness readiness;

    @Inject
    OutboxHealthPort outbox;

    @Inject
    Nodes nodes;

    @Inject
    Clock clock;

    @Produces
    @Liveness
    HealthCheck web() {
        return () -> HealthCheckResponse.up("forum-web");
    }

    @Produces
    @Readiness
    HealthCheck node() {
        return () -> {
            Nodes.Status status = nodes.status();
            var answer = HealthCheckResponse.named("forum-node")
                    .up()
                    .withData("node", status.node())
                    .withData("version", status.version())
                    .withData("livePeers", status.livePeers());
            if (!status.otherVersions().isEmpty()) {
                answer.withData(
                        "otherVersions",
                        status.otherVersions().stream().map(NodeBeat::describe).collect(Collectors.joining(", ")));
            }
            return answer.build();
        };
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("forum-database")
                .status(readiness.databaseAnswers())
                .build();
    }

    @Produces
    @Readiness
    HealthCheck migrations() {
        return () -> readiness
                .schema()
                .map(schema -> HealthCheckResponse.named("forum-migrations")
                        .status(schema.pending() == 0 && schema.failed() == 0)
                        .withData("version", schema.version())
                        .withData("pending", schema.pending())
                        .withData("failed", schema.failed())
                        .build())
                .orElseGet(() -> HealthCheckResponse.down("forum-migrations"));
    }

    @Produces
    @Readiness
    HealthCheck mailOutbox() {
        return () -> {
            try {
                OutboxHealthPort.Backlog backlog = outbox.backlog();
                var answer = HealthCheckResponse.named("forum-mail-outbox")
                        .status(!backlog.stuck(clock.instant()))
                        .withData("pending", backlog.pending());
                if (backlog.oldestPending() != null) {
                    answer.withData("oldestPending", backlog.oldestPending().toString());
                }
                return answer.build();
            } catch (RuntimeException databaseAway) {
                // the database check says why; this one only says the outbox cannot be seen to move
                return HealthCheckResponse.down("forum-mail-outbox");
            }
        };
    }
}
