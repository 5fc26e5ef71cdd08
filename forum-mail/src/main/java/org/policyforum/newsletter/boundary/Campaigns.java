package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.control.CampaignMail;
import org.policyforum.newsletter.control.CampaignMessages;
import org.policyforum.newsletter.control.CampaignReach;
import org.policyforum.newsletter.control.Deliveries;
import org.policyforum.newsletter.control.FollowDigestStore;
import org.policyforum.newsletter.control.MonthlyCampaign;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.newsletter.entity.CampaignSchedule;
import org.policyforum.newsletter.entity.DeliveryStatus;
import org.policyforum.newsletter.entity.OutboxMail;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The operator's campaign console: create the month's campaign, preview and test it, start, pause, resume, cancel,
 * watch it. Sending itself is CampaignSender's, on its timer; nothing here talks SMTP.
 */
@Stateless
@LocalBean
@Local(CampaignPort.class)
public class Campaigns implements CampaignPort {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    CampaignReach reach;

    @Inject
    Deliveries deliveries;

    @Inject
    MonthlyCampaign monthly;

    @Inject
    CampaignMessages messages;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    @Inject
    FollowDigestTimer digest;

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public CampaignView create() {
        Campaign campaign = monthly.create(clock.instant());
        audit.record(
                "campaign.create",
                "campaign:" + campaign.getId(),
                campaign.getTitle() + " (" + campaign.getAudience() + ")");
        return view(campaign);
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void start(long campaignId) {
        Campaign campaign = find(campaignId);
        if (!campaign.start(clock.instant())) {
            throw RuleViolation.of("campaign.alreadyStarted");
        }
        em.flush();
        audit.record("campaign.start", "campaign:" + campaignId, campaign.getTitle());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public CampaignView sendNow() {
        Instant now = clock.instant();
        String month = monthly.monthOf(now).toString();
        if (em.createNamedQuery(Campaign.COUNT_IN_MONTH, Long.class)
                        .setParameter("month", month)
                        .getSingleResult()
                > 0) {
            throw RuleViolation.of("campaign.alreadyThisMonth", month);
        }
        Campaign campaign = monthly.create(now);
        // the schedule's mark: the unique key refuses a second one this month, also to an operator racing this one
        campaign.scheduled();
        campaign.start(now);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw RuleViolation.of("campaign.alreadyThisMonth", month);
        }
        audit.record(
                "campaign.sendNow",
                "campaign:" + campaign.getId(),
                campaign.getTitle() + " (" + campaign.getAudience() + ")");
        return view(campaign);
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void pause(long campaignId) {
        change(campaignId, "campaign.pause", find(campaignId).pause());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void resume(long campaignId) {
        change(campaignId, "campaign.resume", find(campaignId).resume());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void cancel(long campaignId) {
        change(campaignId, "campaign.cancel", find(campaignId).cancel(clock.instant()));
    }

    private void change(long campaignId, String action, boolean changed) {
        if (!changed) {
            throw RuleViolation.of("campaign.wrongState");
        }
        em.flush();
        audit.record(action, "campaign:" + campaignId, null);
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public CampaignView progress(long campaignId) {
        return view(find(campaignId));
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public List<CampaignView> campaigns() {
        return em.createNamedQuery(Campaign.ALL, Campaign.class)
                .setMaxResults(100)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public List<Reach> reach(String fromMonth) {
        return reach.since(fromMonth);
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public Preview preview(long campaignId, Locale locale) {
        CampaignMail mail = mail(find(campaignId), locale)
                .forMember(environment
                        .baseUrl()
                        .resolve("mail/unsubscribe?token=preview")
                        .toString());
        return new Preview(mail.subject(), mail.text(), mail.html());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void testSend(long campaignId, Locale locale) {
        Campaign campaign = find(campaignId);
        Member operator = caller.required();
        if (operator.getEmail() == null) {
            throw RuleViolation.of("campaign.noAddress");
        }
        CampaignMail mail = mail(campaign, locale).forMember(messages.unsubscribeLink(operator.getId()));
        String subject = CampaignMail.testSubject(locale, mail.subject());
        // through the transactional outbox: its sender delivers it within seconds, outside this request
        em.persist(new OutboxMail(
                operator.getEmail(),
                subject,
                mail.text(),
                mail.html(),
                "CAMPAIGN_TEST",
                "<campaign-test-" + UUID.randomUUID() + "@"
                        + environment.baseUrl().getHost() + ">",
                clock.instant()));
        audit.record("campaign.testSend", "campaign:" + campaignId, operator.getEmail());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public List<DeliveryView> deliveries(long campaignId, int first, int max) {
        List<DeliveryView> views = new ArrayList<>();
        for (Object[] r : deliveries.page(campaignId, first, Math.min(max, 500))) {
            views.add(new DeliveryView(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5],
                    r[6] == null ? null : ((java.sql.Timestamp) r[6]).toInstant(),
                    Boolean.TRUE.equals(r[7])));
        }
        return views;
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public long countDeliveries(long campaignId) {
        return find(campaignId).getAudience();
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public Schedule schedule() {
        CampaignSchedule schedule = em.find(CampaignSchedule.class, CampaignSchedule.SINGLETON_ID);
        return new Schedule(schedule.getDayOfMonth(), schedule.getHour(), schedule.getMinute(), schedule.isEnabled());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void changeSchedule(Schedule schedule) {
        Objects.requireNonNull(schedule);
        if (schedule.dayOfMonth() < 1 || schedule.dayOfMonth() > 28) {
            throw new RuleViolation("dayOfMonth", "campaign.schedule.day");
        }
        if (schedule.hour() < 0 || schedule.hour() > 23 || schedule.minute() < 0 || schedule.minute() > 59) {
            throw new RuleViolation("hour", "campaign.schedule.time");
        }
        em.find(CampaignSchedule.class, CampaignSchedule.SINGLETON_ID)
                .change(schedule.dayOfMonth(), schedule.hour(), schedule.minute(), schedule.enabled());
        audit.record("campaign.schedule", "campaign-schedule", schedule.toString());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public DigestSchedule digestSchedule() {
        FollowDigestStore.Schedule schedule = digest.schedule();
        return new DigestSchedule(schedule.hour(), schedule.minute(), schedule.enabled());
    }

    @Override
    @RolesAllowed(Roles.OPERATOR)
    public void changeDigestSchedule(DigestSchedule schedule) {
        Objects.requireNonNull(schedule);
        digest.changeSchedule(schedule.hour(), schedule.minute(), schedule.enabled());
    }

    private CampaignMail mail(Campaign campaign, Locale locale) {
        return messages.render(campaign, locale);
    }

    private Campaign find(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw RuleViolation.of("campaign.notFound");
        }
        return campaign;
    }

    private CampaignView view(Campaign c) {
        Map<DeliveryStatus, Long> counts = deliveries.counts(c.getId());
        long waiting = counts.get(DeliveryStatus.PENDING)
                + counts.get(DeliveryStatus.CLAIMED)
                + counts.get(DeliveryStatus.SENDING);
        return new CampaignView(
                c.getId(),
                c.getKind(),
                c.getTitle(),
                c.getMonth().toString(),
                c.getState(),
                c.getAudience(),
                counts.get(DeliveryStatus.SENT),
                counts.get(DeliveryStatus.FAILED),
                counts.get(DeliveryStatus.SKIPPED),
                waiting,
                c.getCreatedAt(),
                c.getStartedAt(),
                c.getFinishedAt());
    }
}
