package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.platform.boundary.Settings;

/**
 * The idea space's read port for the outcome tracker: an idea's public facts, the ideas that may carry an outcome
 * (accepted, implemented, or answered), who took part (the author, the supporters and the followers) and what a member
 * took part in.
 * The outcome feature asks through here, never the idea tables.
 */
@Dependent
public class IdeaFacts {

    /** The states in which an idea may carry an outcome without an answer: the one rule, in Java and in the query. */
    static final Set<IdeaState> DONE = EnumSet.of(IdeaState.ACCEPTED, IdeaState.IMPLEMENTED);

    /**
     * What the tracker needs of an idea. {@code answered}: a bureau has published an answer; {@code year}: the year of
     * its publication in the organisation's time zone; {@code hidden}: moderation hides it.
     */
    public record Fact(
            long id, String title, Long bureauId, IdeaState state, boolean answered, int year, boolean hidden) {

        /** Accepted, implemented or answered: an outcome can tell what became of it. */
        public boolean mayCarryOutcome() {
            return DONE.contains(state) || answered;
        }

        /**
         * Shown to the public: neither withdrawn nor hidden by moderation (its title may be why it is hidden, so the
         * tracker neither lists it nor lets an outcome copy it).
         */
        public boolean isPublic() {
            return state != IdeaState.WITHDRAWN && !hidden;
        }
    }

    private static final String FACT =
            "SELECT i.id, i.title, b.id, i.state, i.publishedAt, i.hidden FROM Idea i LEFT JOIN i.bureau b";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Settings settings;

    public Optional<Fact> find(long id) {
        return facts(em.createQuery(FACT + " WHERE i.id = :id", Object[].class)
                        .setParameter("id", id)
                        .getResultList())
                .stream()
                .findFirst();
    }

    /** Ideas that may carry an outcome, of one bureau (or all), most recently moved first. */
    public List<Fact> mayCarryOutcome(Long bureauId, int limit) {
        var query = em.createQuery(
                        FACT + " WHERE (i.state IN :done OR i.id IN (SELECT a.ideaId FROM IdeaAnswer a))"
                                + (bureauId == null ? "" : " AND b.id = :bureau")
                                + " ORDER BY i.stateChangedAt DESC, i.id DESC",
                        Object[].class)
                .setParameter("done", DONE)
                .setMaxResults(limit);
        if (bureauId != null) {
            query.setParameter("bureau", bureauId);
        }
        return facts(query.getResultList()).stream().filter(Fact::isPublic).toList();
    }

    /**
     * The author, the supporters and the followers with ids above {@code afterMember}, ascending, at most
     * {@code limit}.
     */
    public List<Long> participants(long ideaId, long afterMember, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM ForumMember m WHERE m.id > :after AND (m.id = (SELECT i.authorId FROM Idea i"
                                + " WHERE i.id = :idea) OR m.id IN (SELECT s.memberId FROM IdeaSupport s"
                                + " WHERE s.ideaId = :idea) OR m.id IN (SELECT f.memberId FROM IdeaFollow f"
                                + " WHERE f.ideaId = :idea)) ORDER BY m.id",
                        Long.class)
                .setParameter("after", afterMember)
                .setParameter("idea", ideaId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The ideas the member proposed or supported, most recently moved first. */
    public List<Fact> takenPartIn(long memberId, int limit) {
        return facts(em.createQuery(
                        FACT + " WHERE i.authorId = :me OR i.id IN (SELECT s.ideaId FROM IdeaSupport s"
                                + " WHERE s.memberId = :me) ORDER BY i.stateChangedAt DESC, i.id DESC",
                        Object[].class)
                .setParameter("me", memberId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The rows as facts, with whether each idea has an answer: one more statement for the whole list. */
    private List<Fact> facts(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> answered = new HashSet<>(
                em.createQuery("SELECT DISTINCT a.ideaId FROM IdeaAnswer a WHERE a.ideaId IN :ids", Long.class)
                        .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
                        .getResultList());
        ZoneId zone = settings.current().zone();
        return rows.stream()
                .map(r -> new Fact(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (IdeaState) r[3],
                        answered.contains((Long) r[0]),
                        r[4] == null ? 0 : ((Instant) r[4]).atZone(zone).getYear(),
                        (Boolean) r[5]))
                .toList();
    }
}
