package org.policyforum.discussion.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.member.entity.Roles;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.platform.control.Text;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/** Verified members take part in a topic's discussion. */
@Stateless
public class Opinions {

    @PersistenceContext(unitName = "forum")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /** Posts an opinion on an open topic. Youth Forum topics take opinions from youth panelists only. */
    @RolesAllowed(Roles.CITIZEN)
    public Opinion post(long topicId, Stance stance, String body) {
        Instant now = clock.instant();
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topic.getState().isPublic()) {
            throw RuleViolation.of("notFound");
        }
        if (!topic.acceptsOpinions(now)) {
            throw RuleViolation.of("opinion.topic.notOpen");
        }
        Member author = caller.required();
        if (topic.getForum() == Forum.YOUTH && !author.hasRole(Role.YOUTH_PANELIST)) {
            throw RuleViolation.of("opinion.youth.panelistsOnly");
        }
        if (stance == null) {
            throw new RuleViolation("stance", "opinion.stance.required");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("body", "opinion.body.required");
        }
        if (text.length() > Opinion.MAX_LENGTH) {
            throw new RuleViolation("body", "opinion.body.tooLong", Opinion.MAX_LENGTH);
        }
        if (Text.isGarbled(text)) {
            throw new RuleViolation("body", "input.garbled");
        }
        Opinion opinion = new Opinion(topic, author, stance, text, now);
        em.persist(opinion);
        return opinion;
    }
}
