package org.policyforum.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policyforum.member.control.Caller;
import org.policyforum.moderation.control.Contents;
import org.policyforum.moderation.control.ModeratedContent;
import org.policyforum.moderation.entity.ModerationCase;
import org.policyforum.moderation.entity.Report;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The moderators' queue: the open and the automatically hidden cases, most reported and oldest first, each with its
 * reports (without the reporters' names); a moderator hides, restores or dismisses with a reason, audited, and the
 * case is closed.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.OPERATOR})
public class ModerationQueue {

    public static final int PAGE = 100;

    public enum Decision {
        HIDE,
        RESTORE,
        DISMISS
    }

    public record ReportLine(ReportReason.Label reason, String text, Instant at) {}

    public record Entry(
            ReportTarget type,
            long id,
            ModerationCase.State state,
            int reports,
            ModerationCase.HeldFor heldFor,
            Instant firstReportAt,
            String excerpt,
            String link,
            Long authorId,
            List<ReportLine> lines) {}

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Contents contents;

    @Inject
    Audit audit;

    /** The cases awaiting a moderator, most reported first, then the oldest. */
    public List<Entry> awaiting() {
        List<ModerationCase> cases = em.createQuery(
                        "SELECT c FROM ModerationCase c WHERE c.state = :open"
                                + " OR (c.state = :hidden AND c.decidedAt IS NULL)"
                                + " ORDER BY c.counted DESC, c.firstReportAt, c.targetId",
                        ModerationCase.class)
                .setParameter("open", ModerationCase.State.OPEN)
                .setParameter("hidden", ModerationCase.State.HIDDEN)
                .setMaxResults(PAGE)
                .getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReportLine>> lines = em.createQuery(
                        "SELECT r FROM Report r WHERE r.targetId IN :ids ORDER BY r.reportedAt, r.id", Report.class)
                .setParameter(
                        "ids", cases.stream().map(ModerationCase::getTargetId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> r.getTargetType() + ":" + r.getTargetId(),
                        Collectors.mapping(
                                r -> new ReportLine(r.getReason().toLabel(), r.getDetails(), r.getReportedAt()),
                                Collectors.toList())));
        Contents.Found items = contents.findAll(cases, ModerationCase::getTargetType, ModerationCase::getTargetId);
        return cases.stream()
                .map(c -> {
                    var item = items.find(c.getTargetType(), c.getTargetId());
                    return new Entry(
                            c.getTargetType(),
                            c.getTargetId(),
                            c.getState(),
                            c.getCounted(),
                            c.getHeldFor(),
                            c.getFirstReportAt(),
                            item.map(ModeratedContent.Item::excerpt).orElse(""),
                            item.map(ModeratedContent.Item::link).orElse(null),
                            item.map(ModeratedContent.Item::authorId).orElse(null),
                            lines.getOrDefault(c.getTargetType() + ":" + c.getTargetId(), List.of()));
                })
                .toList();
    }

    /** A moderator's decision on a case awaiting one, with the reason (required, guarded), audited. */
    public void decide(ReportTarget type, long id, Decision decision, String reason) {
        String why = Text.required("reason", reason, ModerationCase.MAX_REASON, "moderation.reason");
        if (decision == null || type == null) {
            throw RuleViolation.of("notFound");
        }
        ModerationCase held =
                em.find(ModerationCase.class, new ModerationCase.Key(type, id), LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            throw RuleViolation.of("notFound");
        }
        long me = caller.required().getId();
        Instant now = clock.instant();
        ModeratedContent content = contents.of(type);
        try {
            switch (decision) {
                case HIDE -> {
                    held.hide(me, why, now);
                    content.hide(type, id, why);
                }
                case RESTORE -> {
                    held.restore(me, why, now);
                    content.restore(type, id);
                }
                case DISMISS -> held.dismiss(me, why, now);
            }
        } catch (IllegalStateException e) {
            throw RuleViolation.of("moderation.decided");
        }
        audit.record("moderation." + decision.name().toLowerCase(java.util.Locale.ROOT), type + ":" + id, why);
    }
}
