package org.policyforum.web.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.policyforum.newsletter.api.OutboxHealthPort;

/**
 * The forum's meters in the server's registry, served as Prometheus text by the management interface's
 * {@code /metrics}: ballots counted ({@code forum_ballots_total}), each page's render time
 * ({@code forum_page_render_seconds}, by view) and SQL statements ({@code forum_page_statements}, by view), and the
 * outbox's backlog ({@code forum_outbox_backlog}, read when scraped). The mail module counts its own mails sent.
 */
@ApplicationScoped
public class ForumMeters {

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxHealthPort outbox;

    private Counter ballots;

    @PostConstruct
    void register() {
        // the registry's name-based methods, not the meters' builders: WildFly's registry for a deployment passes only
        // those on to the registry that /metrics serves (a builder's meter stays in the deployment's own registry)
        ballots = registry.counter("forum.ballots", Tags.empty());
        // the mail module counts these (newsletter.control.MailMeters); made here so that they show from the start
        registry.counter("forum.campaign.mails.sent", Tags.empty());
        registry.counter("forum.outbox.mails.sent", Tags.empty());
        // the gauge keeps only a weak reference to what it reads; this bean holds the outbox port for its life
        registry.gauge("forum.outbox.backlog", Tags.empty(), outbox, ForumMeters::backlog);
    }

    /** Registers the meters when the application starts, so that they are there before the first ballot. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        ballots.count();
    }

    public void ballotCounted() {
        ballots.increment();
    }

    /**
     * Records how long a page took from the request's first phase to its rendered answer, and how many SQL statements
     * it sent.
     */
    public void pageRendered(String viewId, Duration took, int statements) {
        Tags view = Tags.of("view", viewId);
        registry.timer("forum.page.render", view).record(took);
        registry.summary("forum.page.statements", view).record(statements);
    }

    private static double backlog(OutboxHealthPort outbox) {
        try {
            return outbox.backlog().pending();
        } catch (RuntimeException databaseAway) {
            return Double.NaN; // Prometheus shows NaN: unknown, not zero
        }
    }
}
