package org.policyforum.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Bureau;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.outcome.control.EntryLinks;
import org.policyforum.outcome.control.OutcomeNotices;
import org.policyforum.outcome.control.OutcomeQueries;
import org.policyforum.outcome.control.OutcomeSources;
import org.policyforum.outcome.entity.DocumentLink;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.outcome.entity.SubResult;
import org.policyforum.outcome.entity.TimelineEntry;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Officials record what their bureau did with a closed topic (or an accepted idea), operators with anyone's: status,
 * summary, progress, sub-results and the dated timeline. An official of another bureau is refused
 * ({@code outcome.otherBureau}) and nothing is stored. Every change is audited; a status move or a new timeline entry
 * is news for the members who took part in the source (a notice, mailed by forum-mail).
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class OutcomeAdministration {

    static final int CANDIDATES = 100;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Inject
    OutcomeSources sources;

    @Inject
    OutcomeQueries queries;

    @Inject
    OutcomeNotices notices;

    /** Operators see every outcome; an official those of their own bureau. Newest change first. */
    public List<PolicyOutcome> list(OutcomeFilter filter, int first, int size) {
        return queries.page(filter, scope(), first, size);
    }

    public long count(OutcomeFilter filter) {
        return queries.count(filter, scope());
    }

    /** An outcome the caller may write, with its sub-results and timeline. */
    public PolicyOutcome find(long id) {
        PolicyOutcome outcome = em.find(PolicyOutcome.class, id);
        check(outcome);
        outcome.getResults().size();
        outcome.getEntries().size();
        return outcome;
    }

    /** Sources of the caller's bureau (operators: of every bureau) that may carry an outcome and have none yet. */
    public List<Source> candidates(SourceKind kind) {
        Long bureau = scope();
        List<Source> eligible = sources.of(kind).eligible(bureau, CANDIDATES);
        if (eligible.isEmpty()) {
            return eligible;
        }
        Set<Long> taken = new HashSet<>(em.createQuery(
                        "SELECT o.sourceId FROM PolicyOutcome o WHERE o.sourceKind = :kind AND o.sourceId IN :ids",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("ids", eligible.stream().map(Source::id).toList())
                .getResultList());
        return eligible.stream().filter(s -> !taken.contains(s.id())).toList();
    }

    /**
     * The outcome of a source, once: a second one for the same source is refused ({@code outcome.source.taken}),
     * also when twenty are saved at the same moment (the database's unique key decides).
     */
    public PolicyOutcome record(SourceKind kind, long sourceId, OutcomeForm form) {
        Member me = caller.required();
        if (form == null) {
            throw new RuleViolation("summary", "outcome.summary.required");
        }
        Source source = sources.of(kind)
                .find(sourceId)
                .orElseThrow(() -> new RuleViolation("source", "outcome.source.unknown"));
        if (!source.eligible()) {
            throw new RuleViolation("source", "outcome.source.notEligible");
        }
        Bureau bureau;
        if (me.hasRole(Role.OPERATOR)) {
            bureau = bureau(form.getBureauId() != null ? form.getBureauId() : source.bureauId());
        } else {
            bureau = ownBureau(me);
            if (source.bureauId() == null || !source.bureauId().equals(bureau.getId())) {
                throw RuleViolation.of("outcome.otherBureau");
            }
        }
        String summary = Text.required("summary", form.getSummary(), PolicyOutcome.SUMMARY_MAX, "outcome.summary");
        if (!em.createNamedQuery(PolicyOutcome.OF_SOURCE, PolicyOutcome.class)
                .setParameter("kind", kind)
                .setParameter("source", sourceId)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolation("source", "outcome.source.taken");
        }
        Instant now = clock.instant();
        PolicyOutcome outcome = new PolicyOutcome(
                kind,
                sourceId,
                source.title(),
                source.link(),
                source.year(),
                bureau,
                summary,
                form.getProgress() == null ? 0 : form.getProgress(),
                now);
        if (form.getStatus() != null) {
            outcome.moveTo(form.getStatus(), now);
        }
        em.persist(outcome);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("source", "outcome.source.taken");
        }
        audit.record(
                "outcome.record",
                target(outcome),
                kind + ":" + sourceId + " " + outcome.getStatus() + " " + outcome.getProgress() + "%, "
                        + bureau.getNameKo() + ": " + gist(summary));
        notices.changed(outcome, now);
        return outcome;
    }

    /** Status, summary, responsible bureau (operators only) and progress (while there are no sub-results). */
    public PolicyOutcome revise(long id, OutcomeForm form) {
        PolicyOutcome outcome = locked(id);
        if (form == null) {
            throw new RuleViolation("summary", "outcome.summary.required");
        }
        Member me = caller.required();
        String summary = Text.required("summary", form.getSummary(), PolicyOutcome.SUMMARY_MAX, "outcome.summary");
        Bureau bureau = me.hasRole(Role.OPERATOR) && form.getBureauId() != null
                ? bureau(form.getBureauId())
                : outcome.getBureau();
        Instant now = clock.instant();
        OutcomeStatus before = outcome.getStatus();
        outcome.revise(summary, bureau, outcome.isRolledUp() ? null : form.getProgress(), now);
        // after the revision: "implemented" makes the progress 100, whatever was typed beside it
        boolean moved = form.getStatus() != null && outcome.moveTo(form.getStatus(), now);
        audit.record(
                "outcome.revise",
                target(outcome),
                before + " -> " + outcome.getStatus() + ", " + outcome.getProgress() + "%, " + bureau.getNameKo() + ": "
                        + gist(summary));
        if (moved) {
            notices.changed(outcome, now);
        }
        return outcome;
    }

    /**
     * A dated timeline entry: plain text, links one per line (http/https only). Its day may not lie further ahead of
     * today (in the organisation's time zone) than the setting allows (default: not after today).
     */
    public TimelineEntry addEntry(long id, EntryForm form) {
        PolicyOutcome outcome = locked(id);
        if (form == null || form.getDate() == null) {
            throw new RuleViolation("entryDate", "outcome.entry.date.required");
        }
        LocalDate latest = LocalDate.now(settings.organisationClock())
                .plusDays(settings.current().getOutcomeMaxFutureDays());
        if (form.getDate().isAfter(latest)) {
            throw new RuleViolation(
                    "entryDate", "outcome.entry.date.future", settings.current().getOutcomeMaxFutureDays());
        }
        if (form.getDate().isBefore(LocalDate.of(1990, 1, 1))) {
            throw new RuleViolation("entryDate", "outcome.entry.date.tooEarly");
        }
        String body = Text.required("entryBody", form.getBody(), TimelineEntry.BODY_MAX, "outcome.entry.body");
        List<DocumentLink> links = EntryLinks.parse(form.getLinks());
        Instant now = clock.instant();
        TimelineEntry entry =
                outcome.addEntry(form.getDate(), body, links, caller.required().getId(), now);
        em.flush();
        audit.record(
                "outcome.entry.add",
                target(outcome),
                form.getDate() + ": " + gist(body) + (links.isEmpty() ? "" : " (" + links.size() + " links)"));
        notices.changed(outcome, now);
        return entry;
    }

    public void removeEntry(long id, long entryId) {
        PolicyOutcome outcome = locked(id);
        TimelineEntry entry = outcome.getEntries().stream()
                .filter(e -> e.getId() == entryId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.of("notFound"));
        outcome.removeEntry(entryId, clock.instant());
        audit.record("outcome.entry.remove", target(outcome), entry.getDate() + ": " + gist(entry.getBody()));
    }

    public SubResult addResult(long id, String title, Integer progress, Integer weight) {
        PolicyOutcome outcome = locked(id);
        String text = Text.required("resultTitle", title, SubResult.TITLE_MAX, "outcome.result.title");
        SubResult result =
                outcome.addResult(text, required("resultProgress", progress), weightOf(weight), clock.instant());
        em.flush();
        audit.record(
                "outcome.result.add",
                target(outcome),
                text + " " + result.getProgress() + "% x" + result.getWeight() + " -> " + outcome.getProgress() + "%");
        return result;
    }

    public void changeResult(long id, long resultId, String title, Integer progress, Integer weight) {
        PolicyOutcome outcome = locked(id);
        String text = Text.required("resultTitle", title, SubResult.TITLE_MAX, "outcome.result.title");
        outcome.changeResult(resultId, text, required("resultProgress", progress), weightOf(weight), clock.instant());
        audit.record(
                "outcome.result.change",
                target(outcome),
                "result:" + resultId + " " + text + " " + progress + "% -> " + outcome.getProgress() + "%");
    }

    public void removeResult(long id, long resultId) {
        PolicyOutcome outcome = locked(id);
        outcome.removeResult(resultId, clock.instant());
        audit.record(
                "outcome.result.remove", target(outcome), "result:" + resultId + " -> " + outcome.getProgress() + "%");
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new RuleViolation(field, "outcome.progress.range", 0, 100);
        }
        return value;
    }

    private static int weightOf(Integer weight) {
        return weight == null ? 1 : weight;
    }

    /** The caller's bureau when they may see only its outcomes; null for operators. */
    private Long scope() {
        Member me = caller.required();
        return me.hasRole(Role.OPERATOR) ? null : ownBureau(me).getId();
    }

    private static Bureau ownBureau(Member me) {
        if (me.getBureau() == null) {
            throw RuleViolation.of("outcome.official.noBureau");
        }
        return me.getBureau();
    }

    private Bureau bureau(Long id) {
        Bureau bureau = id == null ? null : em.find(Bureau.class, id);
        if (bureau == null || !bureau.isActive()) {
            throw new RuleViolation("bureau", "outcome.bureau.required");
        }
        return bureau;
    }

    /**
     * The outcome with its row locked until this transaction ends: two consoles changing one outcome queue up, and
     * each sees what the one before left.
     */
    private PolicyOutcome locked(long id) {
        PolicyOutcome outcome = em.find(PolicyOutcome.class, id, LockModeType.PESSIMISTIC_WRITE);
        check(outcome);
        return outcome;
    }

    private void check(PolicyOutcome outcome) {
        if (outcome == null) {
            throw RuleViolation.of("notFound");
        }
        if (!outcome.isRunBy(caller.required())) {
            throw RuleViolation.of("outcome.otherBureau");
        }
    }

    private static String target(PolicyOutcome outcome) {
        return "outcome:" + outcome.getId();
    }

    private static String gist(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
