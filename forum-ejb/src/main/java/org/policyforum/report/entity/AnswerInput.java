package org.policyforum.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What a member gave for one question (numbered from 1): the marked numbers (a choice's number, a scale value) or a
 * text. Unchecked: {@link Survey#checkAnswers} decides what it means.
 */
public record AnswerInput(int question, List<Integer> marks, String text) implements Serializable {

    public static AnswerInput marks(int question, Integer... marks) {
        return new AnswerInput(question, List.of(marks), null);
    }

    public static AnswerInput text(int question, String text) {
        return new AnswerInput(question, List.of(), text);
    }
}
