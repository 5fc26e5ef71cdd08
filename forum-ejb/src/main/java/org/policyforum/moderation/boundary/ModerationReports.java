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

    /** Reports the item; returns whether this report hid it. */
    @RolesAllowed(Roles.CITIZEN)
    public boolean report(ReportTarget type, long id, ReportReason reason, String text) {
        long me = caller.writer().getId();
        if (reason == null) {
            throw new RuleViolation("reason", "report.reason.required");
        }
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
        content.hide(type, id, "moderation.hidden.reports");
        audit.record("moderation.autoHide", type + ":" + id, "reports reached the threshold");
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
