package org.policyforum.report.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A participation survey: title, introduction, ordered questions, an audience and open/close times. Open and closed
 * follow from the times alone. Its questions change only while nobody has answered: an answer refers to a question
 * and a choice by number, so changing them under a response would change what the member said.
 */
@Entity
@NamedQuery(name = Survey.ALL, query = "SELECT s FROM Survey s ORDER BY s.opensAt DESC, s.id DESC")
@NamedQuery(
        name = Survey.OPEN,
        query = "SELECT s FROM Survey s WHERE s.opensAt <= :now AND s.closesAt > :now ORDER BY s.closesAt, s.id")
public class Survey {

    public static final String ALL = "Survey.all";
    public static final String OPEN = "Survey.open";
    public static final int MAX_TITLE = 200;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_QUESTIONS = 30;

    /** Where a survey stands at a moment. */
    public enum Phase {
        UPCOMING,
        OPEN,
        CLOSED
    }

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private Long id;

    private String title;

    private String intro;

    @Enumerated(EnumType.STRING)
    private SurveyAudience audience;

    @Column(name = "topic_id")
    private Long topicId;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Survey() {}

    /** @param title, intro and the questions' texts already guarded ({@code Text}) */
    public Survey(
            String title,
            String intro,
            SurveyAudience audience,
            Long topicId,
            Instant opensAt,
            Instant closesAt,
            List<SurveyQuestion> questions,
            Long createdBy,
            Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(title, intro, audience, topicId, opensAt, closesAt);
        this.questions.addAll(checked(questions));
    }

    /** A question for {@link #Survey} or {@link #revise}: a choice question needs 2–10 distinct choices. */
    public static SurveyQuestion question(int number, QuestionKind kind, String text, List<String> choices) {
        if (kind == null) {
            throw new RuleViolation("question" + number, "survey.question.kind.required", number);
        }
        List<String> labels = kind.hasChoices() ? choices : List.of();
        if (kind.hasChoices() && labels.size() < 2) {
            throw new RuleViolation("question" + number, "survey.question.choices.required", number);
        }
        if (labels.size() > SurveyQuestion.MAX_CHOICES) {
            throw new RuleViolation(
                    "question" + number, "survey.question.choices.tooMany", number, SurveyQuestion.MAX_CHOICES);
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new RuleViolation("question" + number, "survey.question.choices.duplicate", number);
        }
        if (labels.stream().anyMatch(l -> l.contains("\n") || l.contains("\r"))) {
            throw new RuleViolation("question" + number, "input.garbled");
        }
        return new SurveyQuestion(kind, text, labels);
    }

    /**
     * Changes what the survey says and when it runs; its questions only while it has no response ({@code answered}
     * false), else {@code survey.questions.locked}.
     */
    public void revise(
            String title,
            String intro,
            SurveyAudience audience,
            Long topicId,
            Instant opensAt,
            Instant closesAt,
            List<SurveyQuestion> questions,
            boolean answered) {
        List<SurveyQuestion> next = checked(questions);
        if (answered && !sameQuestions(next)) {
            throw new RuleViolation("questions", "survey.questions.locked");
        }
        describe(title, intro, audience, topicId, opensAt, closesAt);
        if (!sameQuestions(next)) {
            this.questions.clear();
            this.questions.addAll(next);
        }
    }

    public Phase phase(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    /**
     * The rows a response stores for {@code inputs}, checked against the questions: every choice and scale question
     * answered (a free-text one may stay empty), marks of the question only, one mark where one is asked.
     *
     * @param inputs with their texts already guarded ({@code Text}); empty texts are no answer
     */
    public List<SurveyAnswer> checkAnswers(List<AnswerInput> inputs) {
        List<SurveyAnswer> rows = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (AnswerInput input : inputs) {
            int number = input.question();
            if (number < 1 || number > questions.size() || !seen.add(number)) {
                throw RuleViolation.of("survey.answer.unknownQuestion");
            }
            SurveyQuestion question = questions.get(number - 1);
            if (question.getKind().isText()) {
                if (input.text() != null && !input.text().isBlank()) {
                    rows.add(SurveyAnswer.written(number, input.text()));
                }
                continue;
            }
            Set<Integer> marks = new LinkedHashSet<>(input.marks() == null ? List.of() : input.marks());
            marks.remove(null);
            if (marks.isEmpty()) {
                seen.remove(number);
                continue;
            }
            if (!question.markable().containsAll(marks)) {
                throw new RuleViolation("q" + number, "survey.answer.notOfQuestion", number);
            }
            if (question.getKind() != QuestionKind.MULTIPLE_CHOICE && marks.size() > 1) {
                throw new RuleViolation("q" + number, "survey.answer.onlyOne", number);
            }
            marks.forEach(mark -> rows.add(SurveyAnswer.marked(number, mark)));
        }
        for (int number = 1; number <= questions.size(); number++) {
            if (!questions.get(number - 1).getKind().isText() && !seen.contains(number)) {
                throw new RuleViolation("q" + number, "survey.answer.required", number);
            }
        }
        return rows;
    }

    private void describe(
            String title, String intro, SurveyAudience audience, Long topicId, Instant opensAt, Instant closesAt) {
        if (audience == null) {
            throw new RuleViolation("audience", "survey.audience.required");
        }
        if (audience == SurveyAudience.PARTICIPANTS && topicId == null) {
            throw new RuleViolation("topic", "survey.topic.required");
        }
        if (opensAt == null) {
            throw new RuleViolation("opensAt", "survey.opensAt.required");
        }
        if (closesAt == null) {
            throw new RuleViolation("closesAt", "survey.closesAt.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation("closesAt", "survey.closesAt.beforeOpen");
        }
        this.title = Objects.requireNonNull(title);
        this.intro = intro;
        this.audience = audience;
        this.topicId = audience == SurveyAudience.PARTICIPANTS ? topicId : null;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    private static List<SurveyQuestion> checked(List<SurveyQuestion> questions) {
        if (questions == null || questions.isEmpty()) {
            throw new RuleViolation("questions", "survey.questions.required");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new RuleViolation("questions", "survey.questions.tooMany", MAX_QUESTIONS);
        }
        return List.copyOf(questions);
    }

    private boolean sameQuestions(List<SurveyQuestion> next) {
        if (next.size() != questions.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            SurveyQuestion a = questions.get(i);
            SurveyQuestion b = next.get(i);
            if (a.getKind() != b.getKind()
                    || !a.getText().equals(b.getText())
                    || !a.getChoices().equals(b.getChoices())) {
                return false;
            }
        }
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public SurveyAudience getAudience() {
        return audience;
    }

    public Long getTopicId() {
        return topicId;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public List<SurveyQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
