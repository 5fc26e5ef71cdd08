package org.policyforum.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.policyforum.newsletter.api.SurveyMailSource;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings.BirthYears;
import org.policyforum.report.entity.Survey;
import org.policyforum.report.entity.SurveyAudience;
import org.policyforum.topic.control.TopicParticipation;

/**
 * The survey feature's port for the mail module's survey announcement: what the mail says (title, introduction, close
 * time) and who the survey is meant for, as the mail module can use it without reading this feature's tables: the
 * youth range as birth years (the mail module selects consenting members in SQL, set-wise, as for the monthly mail)
 * or, for a topic's participants, their ids as the features that hold the taking part answer them.
 */
@Dependent
public class SurveyMailing implements SurveyMailSource {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    Instance<TopicParticipation> participation;

    @Override
    public Optional<SurveyMail> content(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            return Optional.empty();
        }
        boolean youth = survey.getAudience() == SurveyAudience.YOUTH;
        BirthYears born = youth
                ? settings.current()
                        .youthBirthYears(Year.now(settings.organisationClock()).getValue())
                : BirthYears.NONE;
        return Optional.of(new SurveyMail(
                survey.getId(),
                survey.getTitle(),
                survey.getIntro() == null ? "" : survey.getIntro(),
                survey.getClosesAt(),
                survey.phase(clock.instant()) == Survey.Phase.OPEN,
                SurveyMailSource.Audience.valueOf(survey.getAudience().name()),
                born,
                survey.getTopicId()));
    }

    /**
     * Up to {@code limit} participants of the topic with ids above {@code afterMember}, ascending, each once (a member
     * who wrote an opinion and cast a ballot is named by two features).
     */
    @Override
    public List<Long> participants(long topicId, long afterMember, int limit) {
        TreeSet<Long> found = new TreeSet<>();
        for (TopicParticipation part : participation) {
            found.addAll(part.participants(topicId, afterMember, limit));
        }
        List<Long> page = new ArrayList<>(limit);
        for (Long id : found) {
            if (page.size() == limit) {
                break;
            }
            page.add(id);
        }
        return page;
    }
}
