package org.policyforum.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of a survey, at its place in the order. Its choices are single-line labels kept in order in one
 * column (one per line); answers refer to a choice by its number (1, 2, …), a scale answer by its value (1–5).
 */
@Embeddable
public class SurveyQuestion {

    public static final int MAX_TEXT = 500;
    public static final int MAX_CHOICE = 200;
    public static final int MAX_CHOICES = 10;

    @Column(name = "question_text")
    private String text;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    @Column(name = "choices")
    private String choices;

    protected SurveyQuestion() {}

    /** @param choices already guarded labels, single-line; empty for a scale or free-text question */
    SurveyQuestion(QuestionKind kind, String text, List<String> choices) {
        this.kind = kind;
        this.text = text;
        this.choices = choices.isEmpty() ? null : String.join("\n", choices);
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** The labels in order (choice number i is at index i - 1); none for a scale or free-text question. */
    public List<String> getChoices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }

    /** The numbers an answer may mark: the choices' numbers, or 1–5 for a scale; none for free text. */
    public List<Integer> markable() {
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> IntStream.rangeClosed(
                            1, getChoices().size())
                    .boxed()
                    .toList();
            case SCALE_1_5 -> List.of(1, 2, 3, 4, 5);
            case FREE_TEXT -> List.of();
        };
    }

    /** The label of a marked number: a choice's label, or the scale value itself. */
    public String label(int mark) {
        return kind.hasChoices() ? getChoices().get(mark - 1) : String.valueOf(mark);
    }
}
