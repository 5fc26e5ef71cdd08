package org.policyforum.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A dated step of an outcome: what was decided or done on that day, with links to its documents. */
@Entity
@Table(name = "outcome_entry")
public class TimelineEntry implements Serializable {

    public static final int BODY_MAX = 2000;
    public static final int MAX_LINKS = 5;

    @Id
    @SequenceGenerator(name = "outcome_entry_seq", sequenceName = "outcome_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_entry_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "outcome_id")
    private PolicyOutcome outcome;

    @Column(name = "entry_date")
    private LocalDate date;

    private String body;

    /** The links, a line each: label TAB address ({@link DocumentLink#store}). */
    private String links;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected TimelineEntry() {}

    TimelineEntry(
            PolicyOutcome outcome, LocalDate date, String body, List<DocumentLink> links, Long createdBy, Instant now) {
        this.outcome = Objects.requireNonNull(outcome);
        this.date = Objects.requireNonNull(date);
        this.body = Objects.requireNonNull(body);
        this.links = DocumentLink.store(links);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Newest first: by date, then by the order entries were written. */
    static int newestFirst(TimelineEntry a, TimelineEntry b) {
        int byDate = b.date.compareTo(a.date);
        if (byDate != 0) {
            return byDate;
        }
        int byTime = b.createdAt.compareTo(a.createdAt);
        if (byTime != 0 || a.id == null || b.id == null) {
            return byTime;
        }
        return b.id.compareTo(a.id);
    }

    public Long getId() {
        return id;
    }

    public PolicyOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getBody() {
        return body;
    }

    public List<DocumentLink> getLinks() {
        return DocumentLink.read(links);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
