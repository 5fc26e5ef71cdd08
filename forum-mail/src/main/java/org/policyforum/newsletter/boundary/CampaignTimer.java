package org.policyforum.newsletter.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.policyforum.newsletter.control.MonthlyCampaign;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.newsletter.entity.CampaignSchedule;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Starts the month's campaign when the schedule says (default: the 1st at 09:00 in the organisation's time zone).
 * The timer is persistent and looks every minute; the campaign is made once per month because the schedule's month
 * is a unique key of the campaign table, so a late or repeated tick (restart, second server) makes no second one.
 * A server that was down at the due time catches up within {@link #CATCH_UP}, not later in the month.
 */
@Singleton
// the schema must be migrated before the first claim or recovery (the migrations live in forum-ejb)
@DependsOn("forum-ejb.jar#SchemaMigrations")
public class CampaignTimer {

    private static final Logger LOG = Logger.getLogger(CampaignTimer.class.getName());
    static final Duration CATCH_UP = Duration.ofDays(1);

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    MonthlyCampaign monthly;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ForumEnvironment environment;

    @Inject
    Settings settings;

    private volatile String reportedNoTopic;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "monthly topic campaign")
    @PermitAll
    public void tick() {
        // a test or staging server full of made-up members must not mail them all on the 1st of the month
        if (!environment.isCampaignTimerOn()) {
            return;
        }
        fireIfDue();
    }

    /**
     * Makes and starts the month's campaign if the clock is past the scheduled time and it does not exist yet;
     * returns its id. What the timer does every minute; operators may ask for it at once (tests move the clock).
     */
    @RolesAllowed(Roles.OPERATOR)
    public Optional<Long> fireIfDue() {
        Instant now = clock.instant();
        CampaignSchedule schedule = em.find(CampaignSchedule.class, CampaignSchedule.SINGLETON_ID);
        if (!schedule.isEnabled()) {
            return Optional.empty();
        }
        ZoneId zone = settings.current().zone();
        YearMonth month = YearMonth.from(now.atZone(zone));
        Instant due = schedule.dueIn(month, zone).toInstant();
        if (now.isBefore(due)
                || now.isAfter(due.plus(CATCH_UP))
                || em.createNamedQuery(Campaign.COUNT_SCHEDULED, Long.class)
                                .setParameter("month", month.toString())
                                .getSingleResult()
                        > 0) {
            return Optional.empty();
        }
        Campaign campaign;
        try {
            campaign = monthly.create(now);
        } catch (RuleViolation noTopic) {
            if (!month.toString().equals(reportedNoTopic)) {
                LOG.warning(() -> "the monthly campaign for " + month + " is due but no topic is open");
                reportedNoTopic = month.toString();
            }
            return Optional.empty();
        }
        campaign.scheduled();
        campaign.start(now);
        em.flush();
        audit.record(
                "campaign.scheduled",
                "campaign:" + campaign.getId(),
                campaign.getTitle() + " (" + campaign.getAudience() + ")");
        LOG.info(
                () -> "monthly campaign " + campaign.getId() + " started for " + campaign.getAudience() + " member(s)");
        return Optional.of(campaign.getId());
    }
}
