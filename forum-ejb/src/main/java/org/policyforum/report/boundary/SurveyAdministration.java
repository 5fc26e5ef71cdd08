package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.control.SurveyResultsReader;
import org.policyforum.report.entity.Survey;
import org.policyforum.report.entity.SurveyAudience;
import org.policyforum.report.entity.SurveyQuestion;
import org.policyforum.report.entity.SurveyResponse;
import org.policyforum.report.entity.SurveyResults;
import org.policyforum.topic.entity.Topic;

/**
 * Operators run participation surveys: create one, revise it (its questions only while nobody has answered), read its
 * results and export them. Every change, every reading of the results and every export is audited.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class SurveyAdministration {

    /** The export formats the results page offers. */
    private static final Set<String> FORMATS = Set.of("csv", "xlsx");

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Inject
    SurveyResultsReader reader;

    /** A line of the console's list. */
    public record SurveySummary(
            long id,
            String title,
            SurveyAudience audience,
            Survey.Phase phase,
            Instant opensAt,
            Instant closesAt,
            long responses)
            implements Serializable {}

    public List<SurveySummary> list() {
        Instant now = clock.instant();
        return em.createNamedQuery(Survey.ALL, Survey.class)
                .setMaxResults(500)
                .getResultStream()
                .map(s -> new SurveySummary(
                        s.getId(),
                        s.getTitle(),
                        s.getAudience(),
                        s.phase(now),
                        s.getOpensAt(),
                        s.getClosesAt(),
                        responses(s.getId())))
                .toList();
    }

    /** The survey as the editor shows it: times in the organisation's zone, choices one per line. */
    public SurveyForm form(long surveyId) {
        Survey survey = find(surveyId);
        ZoneId zone = settings.current().zone();
        SurveyForm form = new SurveyForm();
        form.setTitle(survey.getTitle());
        form.setIntro(survey.getIntro());
        form.setAudience(survey.getAudience());
        form.setTopicId(survey.getTopicId());
        form.setOpensAt(LocalDateTime.ofInstant(survey.getOpensAt(), zone));
        form.setClosesAt(LocalDateTime.ofInstant(survey.getClosesAt(), zone));
        for (SurveyQuestion q : survey.getQuestions()) {
            form.getQuestions()
                    .add(new SurveyForm.QuestionForm(
                            q.getKind(), q.getText(), q.getChoices().toArray(String[]::new)));
        }
        return form;
    }

    /** Whether anybody has answered: the editor then offers the questions read-only. */
    public boolean answered(long surveyId) {
        return responses(find(surveyId).getId()) > 0;
    }

    public long create(@NotNull SurveyForm form) {
        Instant now = clock.instant();
        Draft d = draft(form);
        Survey survey = new Survey(
                d.title,
                d.intro,
                form.getAudience(),
                form.getTopicId(),
                d.opensAt,
                d.closesAt,
                d.questions,
                caller.member().map(Member::getId).orElse(null),
                now);
        em.persist(survey);
        em.flush();
        audit.record("survey.create", "survey:" + survey.getId(), d.title);
        return survey.getId();
    }

    public void revise(long surveyId, @NotNull SurveyForm form) {
        Survey survey = find(surveyId);
        Draft d = draft(form);
        survey.revise(
                d.title,
                d.intro,
                form.getAudience(),
                form.getTopicId(),
                d.opensAt,
                d.closesAt,
                d.questions,
                responses(surveyId) > 0);
        audit.record("survey.revise", "survey:" + surveyId, d.title);
    }

    /**
     * Counts per question (choices, the scale's distribution, free texts with their texts) and the breakdown by age
     * band and district, in which no group smaller than the organisation's setting shows. Reading it is audited.
     */
    public SurveyResults results(long surveyId) {
        SurveyResults results = reader.read(find(surveyId));
        audit.record(
                "survey.results",
                "survey:" + surveyId,
                results.responses() + " responses, " + results.hiddenCells() + " cells under " + results.smallest()
                        + " hidden");
        return results;
    }

    /** Writes down that the results were exported (the page's exporter writes the file from the results it read). */
    public void recordExport(long surveyId, @NotNull String format) {
        if (!FORMATS.contains(format)) {
            throw RuleViolation.of("notFound");
        }
        find(surveyId);
        audit.record("survey.export", "survey:" + surveyId, format);
    }

    public Survey find(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            throw RuleViolation.of("notFound");
        }
        return survey;
    }

    private long responses(long surveyId) {
        return em.createNamedQuery(SurveyResponse.COUNT, Long.class)
                .setParameter("survey", surveyId)
                .getSingleResult();
    }

    /** The form's texts through the guards and its times in the organisation's zone. */
    private record Draft(
            String title, String intro, Instant opensAt, Instant closesAt, List<SurveyQuestion> questions) {}

    private Draft draft(SurveyForm form) {
        String title = Text.required("title", form.getTitle(), Survey.MAX_TITLE, "survey.title");
        String intro = Text.optional("intro", form.getIntro(), Survey.MAX_INTRO, "survey.intro");
        if (form.getAudience() == SurveyAudience.PARTICIPANTS
                && form.getTopicId() != null
                && em.find(Topic.class, form.getTopicId()) == null) {
            throw new RuleViolation("topic", "survey.topic.unknown");
        }
        List<SurveyQuestion> questions = new ArrayList<>();
        List<SurveyForm.QuestionForm> filled = form.filledQuestions();
        for (int i = 0; i < filled.size(); i++) {
            SurveyForm.QuestionForm q = filled.get(i);
            String field = "question" + (i + 1);
            String text = Text.required(field, q.getText(), SurveyQuestion.MAX_TEXT, "survey.question.text");
            List<String> choices = q.choiceLines().stream()
                    .map(c -> Text.required(field, c, SurveyQuestion.MAX_CHOICE, "survey.question.choice"))
                    .toList();
            questions.add(Survey.question(i + 1, q.getKind(), text, choices));
        }
        ZoneId zone = settings.current().zone();
        return new Draft(
                title,
                intro,
                form.getOpensAt() == null
                        ? null
                        : form.getOpensAt().atZone(zone).toInstant(),
                form.getClosesAt() == null
                        ? null
                        : form.getClosesAt().atZone(zone).toInstant(),
                questions);
    }
}
