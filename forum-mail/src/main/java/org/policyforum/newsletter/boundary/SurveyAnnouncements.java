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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.SurveyAnnouncementPort;
import org.policyforum.newsletter.api.SurveyMailSource;
import org.policyforum.newsletter.api.SurveyMailSource.SurveyMail;
import org.policyforum.newsletter.control.Deliveries;
import org.policyforum.newsletter.control.MonthlyCampaign;
import org.policyforum.newsletter.entity.Campaign;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Operators announce an open survey by mail: a campaign of kind SURVEY whose deliveries are the survey's audience
 * among the members who take the monthly mail, sent, paused, resumed and watched like the month's campaign (the same
 * sender, outbox rows and console). The survey's words and audience come from the survey feature's port
 * ({@link SurveyMailSource}); this module reads none of its tables.
 */
@Stateless
@LocalBean
@Local(SurveyAnnouncementPort.class)
@RolesAllowed(Roles.OPERATOR)
public class SurveyAnnouncements implements SurveyAnnouncementPort {

    /** Participants handed over per page, each page one INSERT ... SELECT. */
    static final int PAGE = 1000;

    @PersistenceContext(unitName = "mail")
    EntityManager em;

    @Inject
    SurveyMailSource surveys;

    @Inject
    Deliveries deliveries;

    @Inject
    MonthlyCampaign monthly;

    @Inject
    Campaigns campaigns;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Override
    public CampaignView announce(long surveyId) {
        SurveyMail survey = surveys.content(surveyId).orElseThrow(() -> RuleViolation.of("notFound"));
        if (!survey.open()) {
            throw RuleViolation.of("campaign.survey.notOpen");
        }
        Instant now = clock.instant();
        Campaign campaign = Campaign.surveyAnnouncement(survey.title(), monthly.monthOf(now), surveyId, now);
        em.persist(campaign);
        try {
            // the unique key on survey_id decides; a second click waits for the first one's commit and lands here
            em.flush();
        } catch (PersistenceException raced) {
            throw RuleViolation.of("campaign.survey.already");
        }
        campaign.audienceCounted(audience(campaign.getId(), survey, now));
        campaign.start(now);
        em.flush();
        audit.record(
                "campaign.announceSurvey",
                "campaign:" + campaign.getId(),
                "survey:" + surveyId + " " + survey.title() + " (" + campaign.getAudience() + ")");
        return campaigns.progress(campaign.getId());
    }

    private long audience(long campaignId, SurveyMail survey, Instant now) {
        return switch (survey.audience()) {
            case ALL_MEMBERS -> deliveries.createForSurvey(campaignId, false, 0, 0, now);
            case YOUTH -> deliveries.createForSurvey(
                    campaignId, true, survey.born().first(), survey.born().last(), now);
            case PARTICIPANTS -> participants(campaignId, survey.topicId(), now);
        };
    }

    private long participants(long campaignId, Long topicId, Instant now) {
        if (topicId == null) {
            return 0;
        }
        long count = 0;
        long after = 0;
        while (true) {
            List<Long> page = surveys.participants(topicId, after, PAGE);
            if (page.isEmpty()) {
                return count;
            }
            count += deliveries.createForSurveyMembers(campaignId, page, now);
            after = page.get(page.size() - 1);
        }
    }

    @Override
    public Set<Long> announced(Set<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(Campaign.SURVEYS_ANNOUNCED, Long.class)
                .setParameter("surveys", surveyIds)
                .getResultList());
    }
}
