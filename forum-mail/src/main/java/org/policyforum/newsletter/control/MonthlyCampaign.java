package org.policyforum.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import org.policyforum.newsletter.control.CampaignContent.TopicContent;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.RuleViolation;

/** Makes the campaign of the month's open topics, for the console and for the schedule alike. */
@Dependent
public class MonthlyCampaign {

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    CampaignContent content;

    @Inject
    Deliveries deliveries;

    @Inject
    Settings settings;

    /** The month {@code now} falls in, in the organisation's time zone: the campaign's month. */
    public YearMonth monthOf(Instant now) {
        return YearMonth.from(now.atZone(settings.current().zone()));
    }

    /** The campaign of the open topics at {@code now}, its deliveries inserted set-wise. Also the timer's. */
    public Campaign create(Instant now) {
        Long main = content.openTopic("MAIN").orElse(null);
        Long youth = content.openTopic("YOUTH").orElse(null);
        if (main == null && youth == null) {
            throw RuleViolation.of("campaign.noOpenTopic");
        }
        TopicContent first = content.topic(main != null ? main : youth).orElseThrow();
        OrganisationSettings organisation = settings.current();
        YearMonth month = YearMonth.from(now.atZone(organisation.zone()));
        Campaign campaign = new Campaign(first.title(), month, main, youth, now);
        em.persist(campaign);
        em.flush();
        var young =
                youth == null ? OrganisationSettings.BirthYears.NONE : organisation.youthBirthYears(month.getYear());
        campaign.audienceCounted(deliveries.create(campaign.getId(), young.first(), young.last(), main == null, now));
        return campaign;
    }
}
