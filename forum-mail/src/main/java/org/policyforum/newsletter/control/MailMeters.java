package org.policyforum.newsletter.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The mail's meters in the server's registry, which the management interface's {@code /metrics} serves as Prometheus
 * text: {@code forum_campaign_mails_sent_total} (its rate is the campaign's sending rate) and
 * {@code forum_outbox_mails_sent_total}. Counted when the SMTP server has accepted a mail and its row says so.
 * Started with the application, so that both meters are there (at zero) before the first mail.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
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
