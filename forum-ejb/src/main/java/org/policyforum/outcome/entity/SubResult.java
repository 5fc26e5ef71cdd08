package org.policyforum.outcome.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A part of an outcome (Decidim's child result): a title, its own progress (0-100) and a weight (1-100) in the
 * outcome's progress, which is the weighted mean of its parts ({@link PolicyOutcome#rollUp}).
 */
@Entity
@Table(name = "outcome_result")
public class SubResult implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int MAX_WEIGHT = 100;

    @Id
    @SequenceGenerator(name = "outcome_result_seq", sequenceName = "outcome_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_result_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "outcome_id")
    private PolicyOutcome outcome;

    private int position;
    private String title;
    private int progress;
    private int weight;

    protected SubResult() {}

    SubResult(PolicyOutcome outcome, int position, String title, int progress, int weight) {
        this.outcome = Objects.requireNonNull(outcome);
        this.position = position;
        change(title, progress, weight);
    }

    void change(String newTitle, int newProgress, int newWeight) {
        PolicyOutcome.checkProgress("resultProgress", newProgress);
        if (newWeight < 1 || newWeight > MAX_WEIGHT) {
            throw new RuleViolation("resultWeight", "outcome.result.weight", 1, MAX_WEIGHT);
        }
        if (newTitle == null || newTitle.isBlank() || newTitle.length() > TITLE_MAX) {
            throw new RuleViolation("resultTitle", "outcome.result.title.required");
        }
        this.title = newTitle.strip();
        this.progress = newProgress;
        this.weight = newWeight;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getProgress() {
        return progress;
    }

    public int getWeight() {
        return weight;
    }
}
