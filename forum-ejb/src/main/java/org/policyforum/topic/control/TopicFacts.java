package org.policyforum.topic.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/**
 * The topic feature's read port for features that refer to topics without reading their tables (the outcome
 * tracker): a topic's title, owning bureau, state, month and closing time, one topic or many in one query.
 */
@Dependent
public class TopicFacts {

    /** What another feature may know of a topic. */
    public record Fact(long id, String title, Long bureauId, TopicState state, YearMonth month, Instant closesAt) {

        public boolean isPublic() {
            return state.isPublic();
        }
    }

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Fact> find(long id) {
        Topic topic = em.find(Topic.class, id);
        return Optional.ofNullable(topic).map(TopicFacts::fact);
    }

    /** The topics of these ids that exist, in no particular order. */
    public List<Fact> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("SELECT t FROM Topic t LEFT JOIN FETCH t.bureau WHERE t.id IN :ids", Topic.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(TopicFacts::fact)
                .toList();
    }

    /** Topics in these states, of a bureau (null: of every bureau), latest closing first, at most {@code limit}. */
    public List<Fact> inStates(Set<TopicState> states, Long bureauId, int limit) {
        TypedQuery<Topic> query = em.createQuery(
                        "SELECT t FROM Topic t WHERE t.state IN :states"
                                + (bureauId == null ? "" : " AND t.bureau.id = :bureau")
                                + " ORDER BY t.closesAt DESC, t.id DESC",
                        Topic.class)
                .setParameter("states", states)
                .setMaxResults(Math.max(1, Math.min(limit, 500)));
        if (bureauId != null) {
            query.setParameter("bureau", bureauId);
        }
        return query.getResultList().stream().map(TopicFacts::fact).toList();
    }

    private static Fact fact(Topic t) {
        return new Fact(
                t.getId(),
                t.getTitle(),
                t.getBureau() == null ? null : t.getBureau().getId(),
                t.getState(),
                t.getMonth(),
                t.getClosesAt());
    }
}
