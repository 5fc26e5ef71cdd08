package org.policyforum.topic.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.policyforum.member.control.Caller;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Topic;

/**
 * A member follows a topic to hear about it later (the mail module's digest). The primary key (member, topic)
 * makes following twice the same as following once.
 */
@Stateless
@RolesAllowed(Roles.MEMBER)
public class Follows {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public void follow(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topic.getState().isPublic()) {
            throw RuleViolation.of("notFound");
        }
        long member = caller.writer().getId();
        if (!isFollowing(topicId)) {
            em.createNativeQuery("INSERT INTO topic_follow (member_id, topic_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, member)
                    .setParameter(2, topicId)
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
    }

    public void unfollow(long topicId) {
        em.createNativeQuery("DELETE FROM topic_follow WHERE member_id = ?1 AND topic_id = ?2")
                .setParameter(1, caller.required().getId())
                .setParameter(2, topicId)
                .executeUpdate();
    }

    /** A topic the caller follows, for their account page. */
    public record Followed(long topicId, String title) implements Serializable {}

    /** The caller's followed topics that can still be opened, the latest followed first. */
    @SuppressWarnings("unchecked")
    public List<Followed> mine() {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT t.id, t.title FROM topic_follow f JOIN topic t ON t.id = f.topic_id"
                                + " WHERE f.member_id = ?1 AND t.state IN ('OPEN', 'CLOSED', 'ANSWERED') ORDER BY "
                                + "f.created_at DESC, t.id DESC")
                .setParameter(1, caller.required().getId())
                .getResultList();
        return rows.stream()
                .map(r -> new Followed(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    public boolean isFollowing(long topicId) {
        Number n = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM topic_follow WHERE member_id = ?1 AND topic_id = ?2")
                        .setParameter(1, caller.required().getId())
                        .setParameter(2, topicId)
                        .getSingleResult();
        return n.longValue() > 0;
    }
}
