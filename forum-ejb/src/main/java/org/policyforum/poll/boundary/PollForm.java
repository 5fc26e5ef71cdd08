package org.policyforum.poll.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Poll;

/**
 * What an operator or official fills in for a poll. Times are wall-clock times in the organisation's time zone;
 * blank option fields are left out, so the form can offer ten fields and a poll use two. The console's page binds to
 * it directly, so the constraints below give the messages next to their fields before anything is sent; the boundary
 * checks every field again with the rules of the poll (the same message keys, as {@code RuleViolation}s naming the
 * field: it takes the form without {@code @Valid}, as callers of {@code PollAdministration.create} rely on those).
 * The options have no constraint here: the page binds each to an element of the list, and Faces' bean validation
 * checks the properties of a bean, not the elements of a list.
 */
public class PollForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long topicId;

    @NotBlank(message = "{poll.question.required}")
    @Size(max = Poll.MAX_QUESTION, message = "{poll.question.tooLong}")
    private String question;

    private final List<String> options = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", ""));
    private int maxChoices = 1;

    @NotNull(message = "{poll.opensAt.required}")
    private LocalDateTime opensAt;

    @NotNull(message = "{poll.closesAt.required}")
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
