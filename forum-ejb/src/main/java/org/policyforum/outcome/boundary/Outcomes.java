package org.policyforum.outcome.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policyforum.member.control.Caller;
import org.policyforum.outcome.control.OutcomeQueries;
import org.policyforum.outcome.control.OutcomeSource;
import org.policyforum.outcome.control.OutcomeSources;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.outcome.entity.SubResult;
import org.policyforum.outcome.entity.TimelineEntry;
import org.policyforum.platform.entity.Roles;

/**
 * Reading outcomes: the public tracker (filtered, paged, one query a page), one outcome with its sub-results and
 * timeline (also on its topic's page), and a member's "what became of my voice".
 */
@Stateless
public class Outcomes {

    /** How many sources a member's page lists, newest first. */
    static final int MY_VOICE = 100;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    OutcomeQueries queries;

    @Inject
    OutcomeSources sources;

    @Inject
    Caller caller;

    /**
     * An outcome as its page shows it: the outcome, its sub-results in order, its timeline newest first (three
     * statements).
     */
    public record OutcomeView(PolicyOutcome outcome, List<SubResult> results, List<TimelineEntry> timeline) {}

    /** A source the member took part in, with its outcome when there is one. */
    public record Voice(Source source, PolicyOutcome outcome) {}

    @PermitAll
    public List<PolicyOutcome> tracker(OutcomeFilter filter, int first, int size) {
        return queries.page(filter, null, first, size);
    }

    @PermitAll
    public long trackerSize(OutcomeFilter filter) {
        return queries.count(filter, null);
    }

    /** The years that have outcomes (the source's year), newest first, for the tracker's year choice. */
    @PermitAll
    public List<Integer> years() {
        return em.createNamedQuery(PolicyOutcome.YEARS, Integer.class).getResultList();
    }

    @PermitAll
    public Optional<OutcomeView> outcome(long id) {
        return Optional.ofNullable(em.find(PolicyOutcome.class, id)).map(this::view);
    }

    /** The outcome of a topic or an idea, if it has one. */
    @PermitAll
    public Optional<OutcomeView> ofSource(SourceKind kind, long sourceId) {
        return em.createQuery(
                        "SELECT o FROM PolicyOutcome o JOIN FETCH o.bureau WHERE o.sourceKind = :kind AND o.sourceId"
                                + " = :source",
                        PolicyOutcome.class)
                .setParameter("kind", kind)
                .setParameter("source", sourceId)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /**
     * What became of my voice: the topics (and, with the idea space, the ideas) the calling member took part in,
     * newest first, each with its outcome if it has one. A query per kind of source, and one for their outcomes.
     */
    @RolesAllowed(Roles.MEMBER)
    public List<Voice> myVoice() {
        long me = caller.required().getId();
        List<Voice> voices = new ArrayList<>();
        for (OutcomeSource source : sources.all()) {
            List<Source> mine = source.takenPartIn(me, MY_VOICE);
            if (mine.isEmpty()) {
                continue;
            }
            Map<Long, PolicyOutcome> outcomes = em.createNamedQuery(PolicyOutcome.OF_SOURCES, PolicyOutcome.class)
                    .setParameter("kind", source.kind())
                    .setParameter("sources", mine.stream().map(Source::id).toList())
                    .getResultStream()
                    .collect(Collectors.toMap(PolicyOutcome::getSourceId, Function.identity()));
            mine.forEach(s -> voices.add(new Voice(s, outcomes.get(s.id()))));
        }
        return voices;
    }

    private OutcomeView view(PolicyOutcome outcome) {
        List<TimelineEntry> timeline = em.createQuery(
                        "SELECT e FROM TimelineEntry e WHERE e.outcome = :outcome", TimelineEntry.class)
                .setParameter("outcome", outcome)
                .getResultList();
        List<TimelineEntry> sorted = new ArrayList<>(timeline);
        sorted.sort((a, b) -> {
            int byDate = b.getDate().compareTo(a.getDate());
            return byDate != 0 ? byDate : Long.compare(b.getId(), a.getId());
        });
        List<SubResult> results = em.createQuery(
                        "SELECT r FROM SubResult r WHERE r.outcome = :outcome ORDER BY r.position", SubResult.class)
                .setParameter("outcome", outcome)
                .getResultList();
        return new OutcomeView(outcome, results, sorted);
    }
}
