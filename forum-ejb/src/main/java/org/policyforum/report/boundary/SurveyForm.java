package org.policyforum.report.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policyforum.report.entity.QuestionKind;
import org.policyforum.report.entity.SurveyAudience;

/**
 * What an operator fills in for a survey. Times are wall-clock times in the organisation's time zone; a question's
 * choices are typed one per line. The boundary checks every field with the survey's rules and names the field in its
 * refusal, so the editor shows the message where it belongs.
 */
public class SurveyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String intro;
    private SurveyAudience audience = SurveyAudience.ALL_MEMBERS;
    private Long topicId;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private final List<QuestionForm> questions = new ArrayList<>();

    /** One question as typed: its kind, its text and (for a choice question) its choices, one per line. */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
        private String text;
        private String choices;

        public QuestionForm() {}

        public QuestionForm(QuestionKind kind, String text, String... choices) {
            this.kind = kind;
            this.text = text;
            this.choices = String.join("\n", choices);
        }

        /** The non-blank lines of the choices field, stripped, in order. */
        public List<String> choiceLines() {
            if (choices == null) {
                return List.of();
            }
            return Arrays.stream(choices.split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }
    }

    /** The questions with some text or choices typed; blank rows of the editor are left out. */
    public List<QuestionForm> filledQuestions() {
        return questions.stream()
                .filter(q -> (q.getText() != null && !q.getText().isBlank())
                        || !q.choiceLines().isEmpty())
                .toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public SurveyAudience getAudience() {
        return audience;
    }

    public void setAudience(SurveyAudience audience) {
        this.audience = audience;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    /** The editor's rows, changed in place by the page (and by tests). */
    public List<QuestionForm> getQuestions() {
        return questions;
    }
}
