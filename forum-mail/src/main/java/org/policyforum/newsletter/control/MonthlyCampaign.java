package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.policyforum.newsletter.control.CampaignContent.TopicContent;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.boundary.RuleViolation;

/** Makes the campaign of the month's open topics, for the console and for the schedule alike. */
@Dependent
public class MonthlyCampaign {

    @PersistenceContext(unitName = "mail")
    EntityManager em;
    @Inject
    CampaignContent content;
    @Inject
    Deliveries deliveries;

    /** The month {@code now} falls in, in the organisation's time zone: the campaign's month. */
    public YearMonth monthOf(Instant now) {
        return YearMonth.from(now.atZone(ZoneId.of((String) em.createNativeQuery("SELECT time_zone FROM organisation_settings WHERE id = 1")
                .getSingleResult())));
    }

    /** The campaign of the open topics at {@code now}, its deliveries inserted set-wise. Also the timer's. */
    public Campaign create(Instant now) {
        Long main = content.openTopic("MAIN").orElse(null);
        Long youth = content.openTopic("YOUTH").orElse(null);
        if (main == null && youth == null) {
            throw RuleViolation.of("campaign.noOpenTopic");
        }
        TopicContent first = content.topic(main != null ? main : youth).orElseThrow();
        Object[] settings = (Object[]) em.createNativeQuery("SELECT time_zone, youth_min_age, youth_max_age FROM organisation_settings WHERE id = 1")
                .getSingleResult();
        YearMonth month = YearMonth.from(now.atZone(ZoneId.of((String) settings[0])));
        Campaign campaign = new Campaign(first.title(), month, main, youth, now);
        em.persist(campaign);
        em.flush();
        int thisYear = month.getYear();
        // the youth range as in OrganisationSettings.isInYouthRange: age = this year - birth year
        int from = youth == null ? 1 : thisYear - ((Number) settings[2]).intValue();
        int to = youth == null ? 0 : thisYear - ((Number) settings[1]).intValue();
        campaign.audienceCounted(deliveries.create(campaign.getId(), from, to, main == null, now));
        return campaign;
    }

}
