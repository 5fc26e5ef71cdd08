package org.policyforum.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One mark or text of a response: the question's number, and either the marked choice (or scale value) or the free
 * text. A multiple-choice question has one row per marked choice.
 */
@Embeddable
public class SurveyAnswer {

    /** The longest free-text answer: as long as an opinion may be. */
    public static final int MAX_TEXT = 10_000;

    @Column(name = "question_no")
    private int question;

    @Column(name = "mark")
    private Integer mark;

    @Column(name = "answer_text")
    private String text;

    protected SurveyAnswer() {}

    static SurveyAnswer marked(int question, int mark) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.question = question;
        answer.mark = mark;
        return answer;
    }

    static SurveyAnswer written(int question, String text) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.question = question;
        answer.text = text;
        return answer;
    }

    public int getQuestion() {
        return question;
    }

    public Integer getMark() {
        return mark;
    }

    public String getText() {
        return text;
    }
}
