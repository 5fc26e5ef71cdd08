package org.policyforum.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's report of an item: once per member per item (the unique key {@code uq_moderation_report_once} decides).
 * Never changed once written; the case of the item counts it.
 */
@Entity
@Table(name = "moderation_report")
public class Report {

    public static final int MAX_TEXT = 500;

    @Id
    @SequenceGenerator(name = "moderation_report_seq", sequenceName = "moderation_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_report_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private ReportTarget targetType;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "reporter_id")
    private long reporterId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reason_id")
    private ReportReason reason;

    private String details;

    @Column(name = "reported_at")
    private Instant reportedAt;

    protected Report() {}

    public Report(ReportTarget type, long targetId, long reporterId, ReportReason reason, String details, Instant at) {
        this.targetType = Objects.requireNonNull(type);
        this.targetId = targetId;
        this.reporterId = reporterId;
        this.reason = Objects.requireNonNull(reason);
        if (reason.needsText() && (details == null || details.isBlank())) {
            throw new IllegalArgumentException("a report for another reason says which");
        }
        this.details = details;
        this.reportedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public ReportTarget getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
