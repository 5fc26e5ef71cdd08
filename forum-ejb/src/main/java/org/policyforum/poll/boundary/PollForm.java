package org.policyforum.poll.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.policyforum.poll.entity.Eligibility;

/**
 * What an operator or official fills in for a poll. Times are wall-clock times in the organisation's time zone;
 * blank option fields are left out, so the form can offer ten fields and a poll use two. The boundary checks every
 * field and names it in its refusal, so the form shows the message next to it.
 */
public class PollForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long topicId;
    private String question;
    private final List<String> options = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", ""));
    private int maxChoices = 1;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Eligibility eligibility = Eligibility.ALL;
    private boolean resultsBeforeVote = true;
    private boolean ballotChangeable;

    /** The filled-in option labels, stripped, in the order given. */
    public List<String> filledOptions() {
        return options.stream()
                .map(o -> o == null ? "" : o.strip())
                .filter(o -> !o.isEmpty())
                .toList();
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    /** Ten fields, changed in place by the form (and by tests). */
    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> labels) {
        for (int i = 0; i < options.size(); i++) {
            options.set(i, i < labels.size() ? labels.get(i) : "");
        }
        if (labels.size() > options.size()) {
            options.addAll(labels.subList(options.size(), labels.size()));
        }
    }

    public int getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(int maxChoices) {
        this.maxChoices = maxChoices;
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

    public Eligibility getEligibility() {
        return eligibility;
    }

    public void setEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    public boolean isResultsBeforeVote() {
        return resultsBeforeVote;
    }

    public void setResultsBeforeVote(boolean resultsBeforeVote) {
        this.resultsBeforeVote = resultsBeforeVote;
    }

    public boolean isBallotChangeable() {
        return ballotChangeable;
    }

    public void setBallotChangeable(boolean ballotChangeable) {
        this.ballotChangeable = ballotChangeable;
    }
}
