package org.policyforum.report.entity;

/** What a survey question asks for. */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE_1_5,
    FREE_TEXT;

    /** Whether the question offers its own list of choices. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether an answer is a free text rather than counted marks. */
    public boolean isText() {
        return this == FREE_TEXT;
    }
}
