package org.policyforum.newsletter.api;

import java.util.Set;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;

/**
 * An open survey announced by mail: a campaign of its own kind, through the campaign's outbox and sender, to the
 * members who take the monthly mail and are in the survey's audience. forum-mail implements it; the survey console
 * sees only this interface.
 */
public interface SurveyAnnouncementPort {

    /**
     * Makes and starts the survey's announcement. Refused with {@code campaign.survey.notOpen} for a survey that is
     * not open, {@code notFound} for none, and {@code campaign.survey.already} for a second one (the database's unique
     * key decides, also between two clicks at the same moment).
     */
    CampaignView announce(long surveyId);

    /** The surveys that have an announcement (of those given). */
    Set<Long> announced(Set<Long> surveyIds);
}
