package org.policyforum.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.report.entity.Survey;
import org.policyforum.topic.control.TopicParticipation;

/**
 * Whether a survey is meant for a member: every active, verified member; the organisation's youth age range; or the
 * participants of a topic as the features that hold the taking part answer it ({@link TopicParticipation}: opinions,
 * comments and reactions, ballots in the topic's poll), never by reading their tables.
 */
@Dependent
public class SurveyAudiences {

    /** More topics than anyone takes part in; the ports answer at most this many. */
    private static final int TOPICS_LIMIT = 100_000;

    @Inject
    Settings settings;

    @Inject
    Instance<TopicParticipation> participation;

    /** Asks once per member and request: a list of surveys asks for each. */
    public Audience of(Member member) {
        return new Audience(member);
    }

    /** One member's view of audiences; the topics they took part in are read at most once. */
    public final class Audience {

        private final Member member;
        private Set<Long> topics;

        private Audience(Member member) {
            this.member = member;
        }

        public boolean admits(Survey survey) {
            if (!member.isActive() || !member.isVerified()) {
                return false;
            }
            return switch (survey.getAudience()) {
                case ALL_MEMBERS -> true;
                case YOUTH -> {
                    OrganisationSettings organisation = settings.current();
                    int thisYear = Year.now(settings.organisationClock()).getValue();
                    yield organisation.isInYouthRange(member.getBirthYear(), thisYear);
                }
                case PARTICIPANTS -> topics().contains(survey.getTopicId());
            };
        }

        private Set<Long> topics() {
            if (topics == null) {
                topics = new HashSet<>();
                for (TopicParticipation part : participation) {
                    topics.addAll(part.topicsOf(member.getId(), TOPICS_LIMIT));
                }
            }
            return topics;
        }
    }
}
