package org.policyforum.topic.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/** Reading the forums: the open topics, the archive, and one topic's page. */
@Stateless
@PermitAll
public class Topics {

    static final EnumSet<TopicState> PUBLIC = EnumSet.of(TopicState.OPEN, TopicState.CLOSED, TopicState.ANSWERED);

    @PersistenceContext(unitName = "forum")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Settings settings;

    /** Everything one topic page shows, read in a fixed number of queries whatever the number of opinions. */
    public record TopicDetails(Topic topic, List<ExpertOpinion> briefs, Map<Stance, Long> stanceCounts,
            List<OpinionView> opinions, boolean acceptsOpinions) {

        public List<ExpertOpinion> pro() {
            return briefs.stream().filter(b -> b.getStance() == Stance.PRO).toList();
        }

        public List<ExpertOpinion> con() {
            return briefs.stream().filter(b -> b.getStance() == Stance.CON).toList();
        }

        public long count(Stance stance) {
            return stanceCounts.getOrDefault(stance, 0L);
        }
    }

    /** An opinion as others see it: the author's display name follows the organisation's masking setting. */
    public record OpinionView(long id, String authorName, boolean formerMember, Stance stance, String body,
            java.time.Instant createdAt, boolean edited) {
    }

    public List<Topic> open(Forum forum) {
        return em.createNamedQuery(Topic.PUBLIC_OF_FORUM, Topic.class).setParameter("forum", forum)
                .setParameter("states", EnumSet.of(TopicState.OPEN)).getResultList();
    }

    public List<Topic> archive(Forum forum, int first, int size) {
        return em.createNamedQuery(Topic.PUBLIC_OF_FORUM, Topic.class).setParameter("forum", forum)
                .setParameter("states", PUBLIC).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100)).getResultList();
    }

    public long archiveSize(Forum forum) {
        return em.createNamedQuery(Topic.COUNT_PUBLIC_OF_FORUM, Long.class).setParameter("forum", forum)
                .setParameter("states", PUBLIC).getSingleResult();
    }

    /** A public topic's page; empty for an unknown id or a topic that is not public yet. */
    public Optional<TopicDetails> page(long id, int maxOpinions) {
        Topic topic = em.find(Topic.class, id);
        if (topic == null || !topic.getState().isPublic()) {
            return Optional.empty();
        }
        List<ExpertOpinion> briefs = em.createNamedQuery(ExpertOpinion.OF_TOPIC, ExpertOpinion.class)
                .setParameter("topic", topic).getResultList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Object[] row : em.createNamedQuery(Opinion.STANCE_COUNTS, Object[].class).setParameter("topic", topic).getResultList()) {
            counts.put((Stance) row[0], (Long) row[1]);
        }
        boolean mask = settings.current().isMaskNames();
        List<OpinionView> opinions = em.createNamedQuery(Opinion.VISIBLE_OF_TOPIC, Opinion.class)
                .setParameter("topic", topic).setMaxResults(Math.min(Math.max(1, maxOpinions), 200))
                .getResultStream()
                .map(o -> new OpinionView(o.getId(), o.getAuthor().displayName(mask), !o.getAuthor().isActive(),
                        o.getStance(), o.getBody(), o.getCreatedAt(), o.getEditedAt() != null))
                .toList();
        return Optional.of(new TopicDetails(topic, briefs, counts, opinions, topic.acceptsOpinions(clock.instant())));
    }
}
