package org.policyforum.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The report reasons as organisation data: operators add, relabel, reorder, deactivate and (while no report has it)
 * delete them; every change audited. Labels are guarded like any name an organisation types.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class ReportReasons {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Audit audit;

    /** Every reason, active or not, in the order members see them. */
    public List<ReportReason> all() {
        return em.createNamedQuery(ReportReason.ALL, ReportReason.class).getResultList();
    }

    /** A new reason at the end of the list; the code is unique (the database decides) and never changes. */
    public ReportReason add(String code, String labelKo, String labelEn, boolean needsText) {
        String checked = code(code);
        String ko = label("labelKo", labelKo);
        String en = label("labelEn", labelEn);
        int last = all().stream().mapToInt(ReportReason::getSortOrder).max().orElse(0);
        ReportReason reason = new ReportReason(checked, ko, en, needsText, last + 1);
        em.persist(reason);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("code", "reportReason.code.duplicate");
        }
        audit.record("reportReason.add", "report-reason:" + reason.getId(), checked + " " + ko + " / " + en);
        return reason;
    }

    /** New labels, and whether the member must add words; reports made before read the new words too. */
    public void relabel(long id, String labelKo, String labelEn, boolean needsText) {
        String ko = label("labelKo", labelKo);
        String en = label("labelEn", labelEn);
        ReportReason reason = reason(id);
        reason.relabel(ko, en, needsText);
        audit.record("reportReason.relabel", "report-reason:" + id, reason.getCode() + " " + ko + " / " + en);
    }

    /** Swaps the reason with its neighbour above ({@code up}) or below; at either end nothing moves. */
    public void move(long id, boolean up) {
        List<ReportReason> all = all();
        ReportReason reason = reason(id);
        int at = all.indexOf(reason);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        ReportReason neighbour = all.get(other);
        // the list may hold equal orders (no key on it): number the whole list again, the two swapped
        for (int i = 0; i < all.size(); i++) {
            ReportReason r = i == at ? neighbour : i == other ? reason : all.get(i);
            r.placeAt(i + 1);
        }
        audit.record("reportReason.move", "report-reason:" + id, reason.getCode() + (up ? " up" : " down"));
    }

    /** A deactivated reason is no longer offered; the reports that have it keep it. */
    public void activate(long id, boolean active) {
        ReportReason reason = reason(id);
        if (active) {
            reason.activate();
        } else {
            reason.deactivate();
        }
        audit.record("reportReason." + (active ? "activate" : "deactivate"), "report-reason:" + id, reason.getCode());
    }

    /** Deletes a reason that no report has (a mistyped one); a reason in use is deactivated instead. */
    public void remove(long id) {
        ReportReason reason = reason(id);
        long used = em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.reason = :reason", Long.class)
                .setParameter("reason", reason)
                .getSingleResult();
        if (used > 0) {
            throw RuleViolation.of("reportReason.inUse", used);
        }
        em.remove(reason);
        try {
            // a report that arrived meanwhile holds it by the foreign key
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("reportReason.inUse", 1);
        }
        audit.record("reportReason.remove", "report-reason:" + id, reason.getCode());
    }

    private static String code(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new RuleViolation("code", "reportReason.code.required");
        }
        if (!ReportReason.isCode(code)) {
            throw new RuleViolation("code", "reportReason.code.invalid", ReportReason.MAX_CODE);
        }
        return code;
    }

    private static String label(String field, String value) {
        return Text.name(
                field, value, 1, ReportReason.MAX_LABEL, "reportReason.label.required", "reportReason.label.tooLong");
    }

    private ReportReason reason(long id) {
        ReportReason reason = em.find(ReportReason.class, id);
        if (reason == null) {
            throw RuleViolation.of("notFound");
        }
        return reason;
    }
}
