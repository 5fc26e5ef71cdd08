package org.policyforum.newsletter.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policyforum.platform.entity.OrganisationSettings.BirthYears;

/**
 * What the mail module needs to announce a survey, answered by the survey feature (report), so that the mail module
 * reads none of its tables and depends on no feature that itself reads the mail's figures (the site overview does):
 * the port lives here and the survey side implements it.
 */
public interface SurveyMailSource {

    /** Who a survey asks, in the mail module's words. */
    enum Audience {
        ALL_MEMBERS,
        YOUTH,
        PARTICIPANTS
    }

    /**
     * A survey as its announcement needs it. A YOUTH audience is the members born in {@code born}; a PARTICIPANTS one
     * is {@link #participants} of {@code topicId} (none without a topic).
     */
    record SurveyMail(
            long id,
            String title,
            String intro,
            Instant closesAt,
            boolean open,
            Audience audience,
            BirthYears born,
            Long topicId) {}

    Optional<SurveyMail> content(long surveyId);

    /** Up to {@code limit} participants of the topic with ids above {@code afterMember}, ascending, each once. */
    List<Long> participants(long topicId, long afterMember, int limit);
}
