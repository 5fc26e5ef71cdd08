package org.policyforum.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.control.SurveyAudiences;
import org.policyforum.report.entity.AnswerInput;
import org.policyforum.report.entity.QuestionKind;
import org.policyforum.report.entity.Survey;
import org.policyforum.report.entity.SurveyAnswer;
import org.policyforum.report.entity.SurveyResponse;

/**
 * Members answer the surveys meant for them: one response each (the unique key on survey and member decides, also
 * between two submits that arrive together), which they may change until the survey closes. Free-text answers pass
 * the same guard as opinions (no resident registration number, the opinion's length limit). A member whose writing a
 * sanction restricts cannot answer.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class Surveys {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    SurveyAudiences audiences;

    /** A line of the member's list: an open survey meant for them, and whether they answered it. */
    public record SurveyLine(long id, String title, Instant closesAt, boolean answered) implements Serializable {}

    /** One question as the form shows it, with the member's own answer. */
    public record QuestionView(
            int number, QuestionKind kind, String text, List<String> choices, List<Integer> marks, String myText)
            implements Serializable {}

    /** A survey as the caller sees it; {@code mayAnswer} while it is open and meant for them. */
    public record SurveyView(
            long id,
            String title,
            String intro,
            Survey.Phase phase,
            Instant closesAt,
            List<QuestionView> questions,
            boolean answered,
            boolean meantForMe)
            implements Serializable {

        public boolean mayAnswer() {
            return phase == Survey.Phase.OPEN && meantForMe;
        }
    }

    /** What a submit came to: the response, and whether it replaced the member's earlier answers. */
    public record Receipt(long responseId, boolean changed) {}

    public List<SurveyLine> openForMe() {
        Member me = caller.required();
        SurveyAudiences.Audience audience = audiences.of(me);
        List<Survey> open = em.createNamedQuery(Survey.OPEN, Survey.class)
                .setParameter("now", clock.instant())
                .setMaxResults(200)
                .getResultStream()
                .filter(audience::admits)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        // one query for which of them the member answered, not one per survey (the home page asks on every visit)
        Set<Long> answered = Set.copyOf(em.createNamedQuery(SurveyResponse.ANSWERED_BY, Long.class)
                .setParameter("member", me.getId())
                .setParameter("surveys", open.stream().map(Survey::getId).toList())
                .getResultList());
        return open.stream()
                .map(s -> new SurveyLine(s.getId(), s.getTitle(), s.getClosesAt(), answered.contains(s.getId())))
                .toList();
    }

    /** An open or closed survey with the caller's answers; none for one not yet open or unknown. */
    public Optional<SurveyView> view(long surveyId) {
        Member me = caller.required();
        Survey survey = em.find(Survey.class, surveyId);
        Instant now = clock.instant();
        if (survey == null || survey.phase(now) == Survey.Phase.UPCOMING) {
            return Optional.empty();
        }
        Optional<SurveyResponse> mine = own(surveyId, me.getId());
        List<SurveyAnswer> answers = mine.map(SurveyResponse::getAnswers).orElse(List.of());
        List<QuestionView> questions = new ArrayList<>();
        for (int n = 1; n <= survey.getQuestions().size(); n++) {
            int number = n;
            var q = survey.getQuestions().get(n - 1);
            List<Integer> marks = answers.stream()
                    .filter(a -> a.getQuestion() == number && a.getMark() != null)
                    .map(SurveyAnswer::getMark)
                    .toList();
            String text = answers.stream()
                    .filter(a -> a.getQuestion() == number && a.getText() != null)
                    .map(SurveyAnswer::getText)
                    .findFirst()
                    .orElse(null);
            questions.add(new QuestionView(n, q.getKind(), q.getText(), q.getChoices(), marks, text));
        }
        return Optional.of(new SurveyView(
                survey.getId(),
                survey.getTitle(),
                survey.getIntro(),
                survey.phase(now),
                survey.getClosesAt(),
                questions,
                mine.isPresent(),
                audiences.of(me).admits(survey)));
    }

    /**
     * Stores the caller's answers, or replaces them while the survey is open. Refused: an unknown or not yet open
     * survey ({@code notFound}), a closed one ({@code survey.closed}), one not meant for the caller
     * ({@code survey.notForYou}), answers that do not fit the questions, guarded text the guard refuses.
     */
    public Receipt respond(long surveyId, List<AnswerInput> inputs) {
        Member me = caller.writer();
        Instant now = clock.instant();
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || survey.phase(now) == Survey.Phase.UPCOMING) {
            throw RuleViolation.of("notFound");
        }
        if (survey.phase(now) == Survey.Phase.CLOSED) {
            throw RuleViolation.of("survey.closed");
        }
        if (!audiences.of(me).admits(survey)) {
            throw RuleViolation.of("survey.notForYou");
        }
        List<AnswerInput> guarded = (inputs == null ? List.<AnswerInput>of() : inputs)
                .stream()
                        .map(a -> a.text() == null
                                ? a
                                : new AnswerInput(
                                        a.question(),
                                        a.marks(),
                                        Text.optional(
                                                "q" + a.question(),
                                                a.text(),
                                                SurveyAnswer.MAX_TEXT,
                                                "survey.answer.text")))
                        .toList();
        List<SurveyAnswer> answers = survey.checkAnswers(guarded);
        Optional<SurveyResponse> existing = own(surveyId, me.getId());
        if (existing.isPresent()) {
            existing.get().change(answers, now);
            flushOrRefuse();
            return new Receipt(existing.get().getId(), true);
        }
        SurveyResponse response = new SurveyResponse(surveyId, me.getId(), answers, now);
        em.persist(response);
        flushOrRefuse();
        return new Receipt(response.getId(), false);
    }

    /** The unique key (a second first response) or the version (a second change at once) refused it. */
    private void flushOrRefuse() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("survey.response.duplicate");
        }
    }

    private Optional<SurveyResponse> own(long surveyId, long memberId) {
        return em.createNamedQuery(SurveyResponse.OF_MEMBER, SurveyResponse.class)
                .setParameter("survey", surveyId)
                .setParameter("member", memberId)
                .getResultStream()
                .findFirst();
    }
}
