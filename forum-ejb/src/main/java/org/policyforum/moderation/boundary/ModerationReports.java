package org.policyforum.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyforum.member.control.Caller;
import org.policyforum.moderation.control.Contents;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.control.ModeratedContent.Item;
import org.policyforum.moderation.entity.ModerationCase;
import org.policyforum.moderation.entity.Report;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Verified members report what others wrote, once per item (the unique key decides, also between reports that arrive
 * together). When the distinct reports since the last moderator's decision reach the organisation's threshold, the
 * item is hidden at once, exactly once: see {@link ModerationCase} for the rules.
 */
@Stateless
public class ModerationReports {

    /** How many of my latest reports my page lists. */
    static final int MINE = 50;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Contents contents;

    @Inject
    Audit audit;

    /** What the report page shows of an item: an excerpt, the page it stands on, and whether I reported it. */
    public record Reportable(ReportTarget type, long id, String excerpt, String link, boolean reported)
            implements java.io.Serializable {}

    /**
     * The item as the report page shows it to me; a hidden or unknown item is not found, my own is refused (as
     * {@link #report} refuses them), so that the page says so before anyone types a reason.
     */
    @RolesAllowed(Roles.CITIZEN)
    public Reportable reportable(ReportTarget type, long id) {
        return reportableItem(item(type), id);
    }

    private Reportable reportableItem(ReportTarget type, long id) {
        long me = caller.required().getId();
        Item item =
                contents.of(type).find(type, id).filter(Item::visible).orElseThrow(() -> RuleViolation.of("notFound"));
        if (item.authorId() == me) {
            throw RuleViolation.of("report.own");
        }
        boolean reported = !em.createQuery("SELECT r.id FROM Report r WHERE r.targetType = :type AND r.targetId = :id"
                        + " AND r.reporterId = :me")
                .setParameter("type", type)
                .setParameter("id", id)
                .setParameter("me", me)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        return new Reportable(type, id, item.excerpt(), item.link(), reported);
    }

    /**
     * The name of the author of a visible item, as the report page shows it to me: the name as readers see it and
     * the item's page to go back to. Refused like {@link #reportable} (my own name, a hidden or former member's).
     */
    @RolesAllowed(Roles.CITIZEN)
    public Reportable reportableName(ReportTarget itemType, long itemId) {
        Item item = visibleItem(itemType, itemId);
        Reportable name = reportableItem(ReportTarget.MEMBER_NAME, item.authorId());
        return new Reportable(name.type(), name.id(), name.excerpt(), item.link(), name.reported());
    }

    /**
     * Reports the display name of the author of a visible item (once per name, whichever item it was seen on);
     * returns whether this report hid it.
     */
    @RolesAllowed(Roles.CITIZEN)
    public boolean reportName(ReportTarget itemType, long itemId, String reason, String text) {
        return reportItem(
                ReportTarget.MEMBER_NAME, visibleItem(itemType, itemId).authorId(), reason, text);
    }

    /** A visible item that pages link to (not a name), whose author's name is reported. */
    private Item visibleItem(ReportTarget itemType, long itemId) {
        return contents.of(item(itemType))
                .find(itemType, itemId)
                .filter(Item::visible)
                .orElseThrow(() -> RuleViolation.of("notFound"));
    }

    /** What became of a report of mine, as my own page tells me. */
    public enum Outcome {
        /** Waiting for a moderator. */
        PENDING,
        /** Reports hid it; a moderator will review it. */
        HIDDEN_PENDING,
        /** A moderator hid it. */
        HIDDEN,
        /** A moderator showed it again. */
        RESTORED,
        /** A moderator found nothing to do. */
        DISMISSED
    }

    /**
     * One of my reports: what I reported (an excerpt and where it stands, if it is still there), why, and what came
     * of it; the moderator's reason but not their name.
     */
    public record MyReport(
            ReportTarget type,
            long id,
            String excerpt,
            String link,
            ReportReason.Label reason,
            Instant reportedAt,
            Outcome outcome,
            String decisionReason,
            Instant decidedAt) {}

    /**
     * My latest reports and what came of them: a moderator's decision after my report, with the moderator's reason
     * (never the moderator's name), or that it still waits. A case reopened by later reports waits again.
     */
    @RolesAllowed(Roles.MEMBER)
    public List<MyReport> mine() {
        long me = caller.required().getId();
        List<Object[]> rows = em.createQuery(
                        "SELECT r, c FROM Report r, ModerationCase c WHERE c.targetType = r.targetType"
                                + " AND c.targetId = r.targetId AND r.reporterId = :me"
                                + " ORDER BY r.reportedAt DESC, r.id DESC",
                        Object[].class)
                .setParameter("me", me)
                .setMaxResults(MINE)
                .getResultList();
        Contents.Found items = contents.findAll(
                rows, row -> ((Report) row[0]).getTargetType(), row -> ((Report) row[0]).getTargetId());
        List<MyReport> mine = new ArrayList<>();
        for (Object[] row : rows) {
            Report report = (Report) row[0];
            ModerationCase held = (ModerationCase) row[1];
            boolean decidedSince =
                    held.getDecidedAt() != null && !held.getDecidedAt().isBefore(report.getReportedAt());
            Outcome outcome = decidedSince
                    ? Outcome.valueOf(held.getState().name())
                    : held.getState() == ModerationCase.State.HIDDEN ? Outcome.HIDDEN_PENDING : Outcome.PENDING;
            Optional<Item> item = items.find(report.getTargetType(), report.getTargetId());
            mine.add(new MyReport(
                    report.getTargetType(),
                    report.getTargetId(),
                    // a hidden item's words are not repeated here, personal data may be why it is hidden
                    item.filter(Item::visible).map(Item::excerpt).orElse(""),
                    item.map(Item::link).orElse(null),
                    report.getReason().toLabel(),
                    report.getReportedAt(),
                    outcome,
                    decidedSince ? held.getDecisionReason() : null,
                    decidedSince ? held.getDecidedAt() : null));
        }
        return mine;
    }

    /**
     * The reasons members choose from, in the operators' order: the active ones only (a deactivated reason stays on
     * the reports that have it, but nobody chooses it again).
     */
    @RolesAllowed(Roles.MEMBER)
    public List<ReportReason.Label> reasons() {
        return em.createNamedQuery(ReportReason.ACTIVE, ReportReason.class)
                .getResultStream()
                .map(ReportReason::toLabel)
                .toList();
    }

    /**
     * The active reason with this code, else a refusal at the reason's field: none chosen, or a code that a crafted
     * form made up or that an operator deactivated since the form was shown.
     */
    private ReportReason offered(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("reason", "report.reason.required");
        }
        if (!ReportReason.isCode(code)) {
            throw new RuleViolation("reason", "report.reason.unavailable");
        }
        return em.createNamedQuery(ReportReason.BY_CODE, ReportReason.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(ReportReason::isActive)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("reason", "report.reason.unavailable"));
    }

    /** Reports the item; returns whether this report hid it. */
    @RolesAllowed(Roles.CITIZEN)
    public boolean report(ReportTarget type, long id, String reason, String text) {
        return reportItem(item(type), id, reason, text);
    }

    /**
     * A kind of item that pages link to by its id: a name is reached only through what its member wrote, so that
     * nobody reads the names of members by counting through their ids.
     */
    private static ReportTarget item(ReportTarget type) {
        if (type == ReportTarget.MEMBER_NAME) {
            throw RuleViolation.of("notFound");
        }
        return type;
    }

    private boolean reportItem(ReportTarget type, long id, String code, String text) {
        long me = caller.writer().getId();
        ReportReason reason = offered(code);
        String details = reason.needsText()
                ? Text.required("text", text, Report.MAX_TEXT, "report.text")
                : Text.optional("text", text, Report.MAX_TEXT, "report.text");
        ModeratedContent content = contents.of(type);
        // the item's row is locked: the reports on one item are counted one after the other
        Item item = content.lock(type, id).filter(Item::visible).orElseThrow(() -> RuleViolation.of("notFound"));
        if (item.authorId() == me) {
            throw RuleViolation.of("report.own");
        }
        Instant now = clock.instant();
        em.persist(new Report(type, id, me, reason, details, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("report.duplicate");
        }
        count(type, id, now);
        int hidden = em.createNativeQuery("UPDATE moderation_case SET state = 'HIDDEN', hidden_at = ?1"
                        + " WHERE target_type = ?2 AND target_id = ?3 AND state = 'OPEN' AND counted >= ?4")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, type.name())
                .setParameter(3, id)
                .setParameter(4, settings.current().getReportHideThreshold())
                .executeUpdate();
        if (hidden != 1) {
            return false;
        }
        // only the transaction that moved the case to HIDDEN hides the item
        content.hide(type, id, null);
        audit.recordBySystem("moderation.autoHide", type + ":" + id, "reports reached the threshold");
        return true;
    }

    /** One more report on the item's case; a decided case is reopened and counts from one (see ModerationCase). */
    private void count(ReportTarget type, long id, Instant now) {
        int counted = em.createNativeQuery("UPDATE moderation_case SET last_report_at = ?1,"
                        + " counted = CASE WHEN state = 'OPEN' THEN counted + 1 ELSE 1 END,"
                        + " state = 'OPEN', decided_at = NULL, decided_by = NULL, decision_reason = NULL"
                        + " WHERE target_type = ?2 AND target_id = ?3")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, type.name())
                .setParameter(3, id)
                .executeUpdate();
        if (counted == 0) {
            // the first report: the primary key refuses a second case for the item
            em.persist(new ModerationCase(type, id, now));
            em.flush();
        }
    }
}
