package org.policyforum.newsletter.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The mail's meters in the server's registry, which the management interface's {@code /metrics} serves as Prometheus
 * text: {@code forum_campaign_mails_sent_total} (its rate is the campaign's sending rate) and
 * {@code forum_outbox_mails_sent_total}. Counted when the SMTP server has accepted a mail and its row says so.
 * A plain CDI bean, not a startup singleton EJB: as one, the outbox's first drain after a deployment waited for it and
 * sometimes never ran (CI, 6 Dec). The web module's meters create both counters at start, so that they are there (at
 * zero) before the first mail; the registry gives this bean the same counters by name.
 */
@ApplicationScoped
public class MailMeters {

    @Inject
    MeterRegistry registry;

    private Counter campaignMails;
    private Counter outboxMails;

    @PostConstruct
    void register() {
        // name-based, as WildFly's registry for a deployment passes only those on to the one /metrics serves
        campaignMails = registry.counter("forum.campaign.mails.sent", Tags.empty());
        outboxMails = registry.counter("forum.outbox.mails.sent", Tags.empty());
    }

    public void campaignMailSent() {
        campaignMails.increment();
    }

    public void outboxMailSent() {
        outboxMails.increment();
    }
}
