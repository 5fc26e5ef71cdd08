package org.policyforum.outcome.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;

/**
 * What the city did with a topic or an idea (its source; one outcome per source, a unique key). Its status moves
 * only along {@link OutcomeStatus#next()}. Progress is the outcome's own while it has no sub-results, and the weighted
 * mean of theirs once it has ({@link #rollUp}); "implemented" means 100 %. The newest timeline entry is kept on the
 * outcome too, so that the tracker lists outcomes from this one table.
 */
@Entity
@Table(name = "policy_outcome")
@NamedQuery(
        name = PolicyOutcome.OF_SOURCE,
        query = "SELECT o FROM PolicyOutcome o WHERE o.sourceKind = :kind AND o.sourceId = :source")
@NamedQuery(
        name = PolicyOutcome.OF_SOURCES,
        query = "SELECT o FROM PolicyOutcome o JOIN FETCH o.bureau WHERE o.sourceKind = :kind AND o.sourceId IN "
                + ":sources")
@NamedQuery(
        name = PolicyOutcome.YEARS,
        query = "SELECT DISTINCT o.sourceYear FROM PolicyOutcome o ORDER BY " + "o.sourceYear DESC")
public class PolicyOutcome implements Serializable {

    public static final String OF_SOURCE = "PolicyOutcome.ofSource";
    public static final String OF_SOURCES = "PolicyOutcome.ofSources";
    public static final String YEARS = "PolicyOutcome.years";
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int MAX_RESULTS = 20;
    public static final int MAX_ENTRIES = 200;

    @Id
    @SequenceGenerator(name = "policy_outcome_seq", sequenceName = "policy_outcome_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_outcome_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private SourceKind sourceKind;

    @Column(name = "source_id")
    private long sourceId;

    private String title;

    @Column(name = "source_link")
    private String sourceLink;

    @Column(name = "source_year")
    private int sourceYear;

    @ManyToOne
    @JoinColumn(name = "bureau_id")
    private Bureau bureau;

    @Enumerated(EnumType.STRING)
    private OutcomeStatus status;

    private String summary;

    private int progress;

    @Column(name = "latest_on")
    private LocalDate latestOn;

    @Column(name = "latest_text")
    private String latestText;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SubResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TimelineEntry> entries = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PolicyOutcome() {}

    /** A new outcome, under review, of the source named by {@code kind} and {@code sourceId}. */
    public PolicyOutcome(
            SourceKind kind,
            long sourceId,
            String title,
            String sourceLink,
            int sourceYear,
            Bureau bureau,
            String summary,
            int progress,
            Instant now) {
        this.sourceKind = Objects.requireNonNull(kind);
        this.sourceId = sourceId;
        this.status = OutcomeStatus.REVIEWING;
        this.createdAt = now;
        describeSource(title, sourceLink, sourceYear);
        revise(summary, bureau, progress, now);
    }

    /** The source's title, address and year as its feature gives them now. */
    public void describeSource(String sourceTitle, String link, int year) {
        String t = Objects.requireNonNull(sourceTitle).strip();
        this.title = t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX - 1) + "…" : t;
        this.sourceLink = Objects.requireNonNull(link);
        this.sourceYear = year;
    }

    /**
     * Changes the summary, the responsible bureau and, while there are no sub-results, the progress. With
     * sub-results the progress is theirs: a {@code progress} other than the rolled-up one is refused.
     */
    public void revise(String newSummary, Bureau newBureau, Integer newProgress, Instant now) {
        if (newSummary == null || newSummary.isBlank()) {
            throw new RuleViolation("summary", "outcome.summary.required");
        }
        if (newSummary.length() > SUMMARY_MAX) {
            throw new RuleViolation("summary", "outcome.summary.tooLong", SUMMARY_MAX, newSummary.length());
        }
        if (newBureau == null) {
            throw new RuleViolation("bureau", "outcome.bureau.required");
        }
        if (newProgress != null) {
            checkProgress("progress", newProgress);
            if (!results.isEmpty() && newProgress != progress) {
                throw new RuleViolation("progress", "outcome.progress.rolledUp");
            }
            if (status == OutcomeStatus.IMPLEMENTED && newProgress != 100) {
                throw new RuleViolation("progress", "outcome.progress.implemented");
            }
        }
        this.summary = newSummary.strip();
        this.bureau = newBureau;
        if (newProgress != null && results.isEmpty()) {
            this.progress = newProgress;
        }
        touch(now);
    }

    static void checkProgress(String field, int value) {
        if (value < 0 || value > 100) {
            throw new RuleViolation(field, "outcome.progress.range", 0, 100);
        }
    }

    /**
     * Moves the status; moving to the status it has is no change (false). "Implemented" means done: the outcome's
     * own progress becomes 100, and with sub-results every one of them must be at 100 first.
     */
    public boolean moveTo(OutcomeStatus target, Instant now) {
        Objects.requireNonNull(target);
        if (target == status) {
            return false;
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("status", "outcome.status.illegalMove", status.name(), target.name());
        }
        if (target == OutcomeStatus.IMPLEMENTED) {
            if (!results.isEmpty() && results.stream().anyMatch(r -> r.getProgress() < 100)) {
                throw new RuleViolation("status", "outcome.status.unfinishedResults");
            }
            progress = 100;
        }
        status = target;
        touch(now);
        return true;
    }

    /** A dated entry of the timeline; the date's rules (not too far ahead) are the boundary's, which knows today. */
    public TimelineEntry addEntry(LocalDate date, String body, List<DocumentLink> links, Long by, Instant now) {
        if (date == null) {
            throw new RuleViolation("entryDate", "outcome.entry.date.required");
        }
        if (body == null || body.isBlank()) {
            throw new RuleViolation("entryBody", "outcome.entry.body.required");
        }
        if (body.length() > TimelineEntry.BODY_MAX) {
            throw new RuleViolation("entryBody", "outcome.entry.body.tooLong", TimelineEntry.BODY_MAX, body.length());
        }
        if (links.size() > TimelineEntry.MAX_LINKS) {
            throw new RuleViolation("links", "outcome.link.tooMany", TimelineEntry.MAX_LINKS);
        }
        if (entries.size() >= MAX_ENTRIES) {
            throw new RuleViolation("entryBody", "outcome.entry.tooMany", MAX_ENTRIES);
        }
        TimelineEntry entry = new TimelineEntry(this, date, body.strip(), links, by, now);
        entries.add(entry);
        latest();
        touch(now);
        return entry;
    }

    public void removeEntry(long entryId, Instant now) {
        TimelineEntry entry = entries.stream()
                .filter(e -> e.getId() != null && e.getId() == entryId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.of("notFound"));
        entries.remove(entry);
        latest();
        touch(now);
    }

    public SubResult addResult(String resultTitle, int resultProgress, int weight, Instant now) {
        if (status == OutcomeStatus.IMPLEMENTED && resultProgress < 100) {
            throw new RuleViolation("resultProgress", "outcome.progress.implemented");
        }
        if (results.size() >= MAX_RESULTS) {
            throw new RuleViolation("resultTitle", "outcome.result.tooMany", MAX_RESULTS);
        }
        int position = results.stream().mapToInt(SubResult::getPosition).max().orElse(0) + 1;
        SubResult result = new SubResult(this, position, resultTitle, resultProgress, weight);
        results.add(result);
        progress = rollUp(results);
        touch(now);
        return result;
    }

    public void changeResult(long resultId, String resultTitle, int resultProgress, int weight, Instant now) {
        if (status == OutcomeStatus.IMPLEMENTED && resultProgress < 100) {
            throw new RuleViolation("resultProgress", "outcome.progress.implemented");
        }
        result(resultId).change(resultTitle, resultProgress, weight);
        progress = rollUp(results);
        touch(now);
    }

    /** Removes a sub-result; the last one gone, the outcome keeps the progress they had as its own. */
    public void removeResult(long resultId, Instant now) {
        results.remove(result(resultId));
        if (!results.isEmpty()) {
            progress = rollUp(results);
        }
        touch(now);
    }

    private SubResult result(long resultId) {
        return results.stream()
                .filter(r -> r.getId() != null && r.getId() == resultId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.of("notFound"));
    }

    /**
     * The progress of a parent from its parts: the mean of their progress weighted by their weights, rounded to the
     * nearest whole per cent (halves up). With every weight 1 it is Decidim's plain mean of the children.
     */
    public static int rollUp(List<SubResult> parts) {
        long weights = 0;
        long weighted = 0;
        for (SubResult part : parts) {
            weights += part.getWeight();
            weighted += (long) part.getWeight() * part.getProgress();
        }
        return weights == 0 ? 0 : (int) ((weighted * 2 + weights) / (weights * 2));
    }

    private void latest() {
        Optional<TimelineEntry> newest = entries.stream().min(TimelineEntry::newestFirst);
        latestOn = newest.map(TimelineEntry::getDate).orElse(null);
        latestText = newest.map(TimelineEntry::getBody).orElse(null);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    /** Officials of the responsible bureau write the outcome; operators every outcome. */
    public boolean isRunBy(Member member) {
        return member.hasRole(Role.OPERATOR)
                || (member.hasRole(Role.OFFICIAL)
                        && member.getBureau() != null
                        && bureau.getId().equals(member.getBureau().getId()));
    }

    public Long getId() {
        return id;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceLink() {
        return sourceLink;
    }

    public int getSourceYear() {
        return sourceYear;
    }

    public Bureau getBureau() {
        return bureau;
    }

    public OutcomeStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public int getProgress() {
        return progress;
    }

    public boolean isRolledUp() {
        return !results.isEmpty();
    }

    public LocalDate getLatestOn() {
        return latestOn;
    }

    public String getLatestText() {
        return latestText;
    }

    public List<SubResult> getResults() {
        return Collections.unmodifiableList(results);
    }

    /** The timeline, newest first. */
    public List<TimelineEntry> getEntries() {
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(TimelineEntry::newestFirst);
        return sorted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
