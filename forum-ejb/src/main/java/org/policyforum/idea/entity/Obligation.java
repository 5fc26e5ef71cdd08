package org.policyforum.idea.entity;

/** What crossing a tier obliges the city to do. */
public enum Obligation {
    /** The owning bureau answers within the tier's days. */
    BUREAU_ANSWER,
    /** The idea is offered as a suggestion for a monthly topic (done at once, no due date). */
    TOPIC_SUGGESTION,
    /** The mayor's office answers within the tier's days. */
    MAYOR_ANSWER;

    public boolean isAnswer() {
        return this != TOPIC_SUGGESTION;
    }
}
