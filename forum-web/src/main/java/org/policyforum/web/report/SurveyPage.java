package org.policyforum.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.Surveys;
import org.policyforum.report.boundary.Surveys.QuestionView;
import org.policyforum.report.boundary.Surveys.SurveyView;
import org.policyforum.report.entity.AnswerInput;
import org.policyforum.web.platform.FacesMessages;

/**
 * A survey's form for a member: one row of answer fields per question, filled with the member's earlier answers;
 * sent again while the survey is open, it replaces them. Members only (web.xml), so view-scoped.
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    private Long id;
    private SurveyView survey;
    private List<AnswerRow> rows = new ArrayList<>();

    /** The fields of one question: a choice or scale value, several choices, or a text. */
    public static class AnswerRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final QuestionView question;
        private String single;
        private List<String> many = new ArrayList<>();
        private String text;

        AnswerRow(QuestionView question) {
            this.question = question;
            this.many = new ArrayList<>(
                    question.marks().stream().map(String::valueOf).toList());
            this.single = question.marks().isEmpty()
                    ? null
                    : String.valueOf(question.marks().get(0));
            this.text = question.myText();
        }

        AnswerInput input() {
            return switch (question.kind()) {
                case FREE_TEXT -> AnswerInput.text(question.number(), text);
                case MULTIPLE_CHOICE -> new AnswerInput(question.number(), numbers(many), null);
                default -> new AnswerInput(
                        question.number(), numbers(single == null ? List.of() : List.of(single)), null);
            };
        }

        /** Numbers as sent; anything else (a forged value) becomes a number no question has. */
        private static List<Integer> numbers(List<String> values) {
            List<Integer> numbers = new ArrayList<>();
            for (String value : values) {
                try {
                    numbers.add(Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    numbers.add(-1);
                }
            }
            return numbers;
        }

        public QuestionView getQuestion() {
            return question;
        }

        public String getSingle() {
            return single;
        }

        public void setSingle(String single) {
            this.single = single;
        }

        public List<String> getMany() {
            return many;
        }

        public void setMany(List<String> many) {
            this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** f:viewAction: an unknown or not yet open survey is a plain 404. */
    public void load() throws IOException {
        if (survey != null) {
            return;
        }
        survey = id == null ? null : surveys.view(id).orElse(null);
        if (survey == null) {
            Faces.responseSendError(404, "no such survey");
            return;
        }
        rows = survey.questions().stream().map(AnswerRow::new).toList();
    }

    public void submit() {
        try {
            var receipt =
                    surveys.respond(id, rows.stream().map(AnswerRow::input).toList());
            FacesMessages.info(receipt.changed() ? "survey.changed" : "survey.submitted");
            survey = surveys.view(id).orElse(survey);
        } catch (RuleViolation violation) {
            // the messages name the question they are about; shown above the form
            FacesMessages.error(null, violation.messageKey(), violation.arguments());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SurveyView getSurvey() {
        return survey;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }

    /** The scale's values as the radio buttons send them. */
    public List<String> getScale() {
        return List.of("1", "2", "3", "4", "5");
    }

    /** One choice as a radio button or check box offers it: its number as sent, and its label. */
    public record Choice(String value, String label) implements Serializable {}

    public List<Choice> choices(QuestionView question) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < question.choices().size(); i++) {
            choices.add(new Choice(String.valueOf(i + 1), question.choices().get(i)));
        }
        return choices;
    }
}
