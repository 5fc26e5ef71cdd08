package org.policyforum.topic.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.control.Audit;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.ExpertInvitation;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/** Operators invite expert members to write a topic's pro or con brief; the experts write it themselves. */
@Stateless
public class ExpertBriefs {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @RolesAllowed(Roles.OPERATOR)
    public ExpertInvitation invite(long topicId, long expertMemberId, Stance stance) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || topic.getState() == TopicState.CLOSED || topic.getState() == TopicState.ANSWERED) {
            throw RuleViolation.of("notFound");
        }
        Member expert = em.find(Member.class, expertMemberId);
        if (expert == null || !expert.isActive() || !expert.hasRole(Role.EXPERT)) {
            throw new RuleViolation("expert", "brief.invite.notExpert");
        }
        if (stance == null || stance == Stance.NEUTRAL) {
            throw new RuleViolation("stance", "brief.stance.required");
        }
        ExpertInvitation invitation = new ExpertInvitation(topic, expert, stance, clock.instant());
        em.persist(invitation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("expert", "brief.invite.duplicate");
        }
        audit.record("topic.invite", "topic:" + topicId, stance + " member:" + expertMemberId);
        return invitation;
    }

    /** Expert members, for the operator's choice. */
    @RolesAllowed(Roles.OPERATOR)
    public List<Member> experts() {
        return em.createQuery(
                        "SELECT m FROM ForumMember m WHERE :expert MEMBER OF m.roles AND m.status = "
                                + "org.policyforum.member.entity.MemberStatus.ACTIVE ORDER BY m.realName",
                        Member.class)
                .setParameter("expert", Role.EXPERT)
                .getResultList();
    }

    @RolesAllowed(Roles.EXPERT)
    public List<ExpertInvitation> myInvitations() {
        return em.createQuery(
                        "SELECT i FROM ExpertInvitation i JOIN FETCH i.topic WHERE i.expert = :me ORDER BY "
                                + "i.createdAt DESC",
                        ExpertInvitation.class)
                .setParameter("me", caller.required())
                .getResultList();
    }

    @RolesAllowed(Roles.EXPERT)
    public ExpertOpinion write(long invitationId, String affiliation, String title, String body) {
        Member me = caller.writer();
        ExpertInvitation invitation = em.find(ExpertInvitation.class, invitationId);
        if (invitation == null || !invitation.getExpert().getId().equals(me.getId())) {
            throw RuleViolation.of("notFound");
        }
        TopicState state = invitation.getTopic().getState();
        if (state == TopicState.CLOSED || state == TopicState.ANSWERED) {
            throw RuleViolation.of("opinion.topic.notOpen");
        }
        String heading = Text.required("title", title, 200, "brief.title");
        String text = Text.required("body", body, 20000, "brief.body");
        String from = Text.optional("affiliation", affiliation, 200, "brief.affiliation");
        ExpertOpinion brief;
        try {
            brief = invitation.write(from, heading, text, clock.instant());
        } catch (IllegalStateException e) {
            throw RuleViolation.of("brief.alreadyWritten");
        }
        em.persist(brief);
        return brief;
    }
}
