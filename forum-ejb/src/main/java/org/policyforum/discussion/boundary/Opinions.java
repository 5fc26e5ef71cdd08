package org.policyforum.discussion.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.policyforum.discussion.entity.Comment;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.discussion.entity.Reaction;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.Revision;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.moderation.control.Screening;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.PublicText;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
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

    @Inject
    Settings settings;

    @Inject
    RateLimits rateLimits;

    @Inject
    PublicText publicText;

    @Inject
    Screening screening;

    /** Posts an opinion on an open topic. Youth Forum topics take opinions from youth panelists only. */
    @RolesAllowed(Roles.CITIZEN)
    public Opinion post(long topicId, Stance stance, String body) {
        Member me = caller.writer();
        Instant now = clock.instant();
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topic.getState().isPublic()) {
            throw RuleViolation.of("notFound");
        }
        Member author = participant(topic, me);
        if (stance == null) {
            throw new RuleViolation("stance", "opinion.stance.required");
        }
        String text = publicText.required("body", body, Opinion.MAX_LENGTH, "opinion.body");
        rateLimits.acquire(RateLimit.OPINIONS_PER_MEMBER, author.getId(), "body");
        Opinion opinion = new Opinion(topic, author, stance, text, now);
        em.persist(opinion);
        screening.hold(ReportTarget.OPINION, opinion.getId(), text);
        return opinion;
    }

    /** The author changes stance or text while the topic is open; what it said before is kept. */
    @RolesAllowed(Roles.CITIZEN)
    public Opinion edit(long opinionId, Stance stance, String body) {
        Opinion opinion = ownOpinion(opinionId, caller.writer());
        if (stance == null) {
            throw new RuleViolation("stance", "opinion.stance.required");
        }
        String text = publicText.required("body", body, Opinion.MAX_LENGTH, "opinion.body");
        em.persist(opinion.edit(stance, text, clock.instant()));
        screening.hold(ReportTarget.OPINION, opinionId, text);
        return opinion;
    }

    @RolesAllowed(Roles.CITIZEN)
    public void withdraw(long opinionId) {
        ownOpinion(opinionId, caller.required()).withdraw();
    }

    /** A comment under an opinion, or a reply to one of its comments. */
    @RolesAllowed(Roles.CITIZEN)
    public Comment comment(long opinionId, Long parentCommentId, String body) {
        Member me = caller.writer();
        Opinion opinion = em.find(Opinion.class, opinionId);
        if (opinion == null || !opinion.isVisible()) {
            throw RuleViolation.of("notFound");
        }
        Member author = participant(opinion.getTopic(), me);
        Comment parent = null;
        if (parentCommentId != null) {
            parent = em.find(Comment.class, parentCommentId);
            if (parent == null || !parent.getOpinion().getId().equals(opinionId)) {
                throw RuleViolation.of("notFound");
            }
        }
        String text = publicText.required("body", body, Comment.MAX_LENGTH, "comment.body");
        rateLimits.acquire(RateLimit.COMMENTS_PER_MEMBER, author.getId(), "body");
        Comment comment = new Comment(opinion, parent, author, text, clock.instant());
        em.persist(comment);
        screening.hold(ReportTarget.COMMENT, comment.getId(), text);
        return comment;
    }

    @RolesAllowed(Roles.CITIZEN)
    public void withdrawComment(long commentId) {
        ownComment(commentId).withdraw();
    }

    /**
     * Agrees or disagrees with an opinion or comment; a second reaction of the other kind replaces the first.
     * Two reactions that arrive together are settled by the unique key: one is stored, the other refused.
     */
    @RolesAllowed(Roles.CITIZEN)
    public ReactionKind react(TargetType type, long targetId, ReactionKind kind) {
        Member writer = caller.writer();
        if (type == null || kind == null) {
            throw RuleViolation.of("notFound");
        }
        Topic topic =
                switch (type) {
                    case OPINION -> {
                        Opinion o = em.find(Opinion.class, targetId);
                        if (o == null || !o.isVisible()) {
                            throw RuleViolation.of("notFound");
                        }
                        yield o.getTopic();
                    }
                    case COMMENT -> {
                        Comment c = em.find(Comment.class, targetId);
                        if (c == null || c.getStatus() != Opinion.Status.VISIBLE) {
                            throw RuleViolation.of("notFound");
                        }
                        yield c.getOpinion().getTopic();
                    }
                };
        Member me = participant(topic, writer);
        Instant now = clock.instant();
        var existing = em.createNamedQuery(Reaction.OF_MEMBER, Reaction.class)
                .setParameter("member", me.getId())
                .setParameter("type", type)
                .setParameter("target", targetId)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            existing.get().change(kind, now);
            return kind;
        }
        em.persist(new Reaction(me.getId(), type, targetId, kind, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("reaction.duplicate");
        }
        return kind;
    }

    /** What an opinion or comment said before each edit, oldest first. Public, like the edited text itself. */
    @PermitAll
    public List<Revision> history(TargetType type, long targetId) {
        return em.createNamedQuery(Revision.OF_TARGET, Revision.class)
                .setParameter("type", type)
                .setParameter("target", targetId)
                .getResultList();
    }

    private Opinion ownOpinion(long opinionId, Member me) {
        Opinion opinion = em.find(Opinion.class, opinionId);
        // someone else's opinion is answered like a missing one: a crafted request learns nothing
        if (opinion == null || !opinion.isWrittenBy(me)) {
            throw RuleViolation.of("notFound");
        }
        if (!opinion.getTopic().acceptsOpinions(clock.instant())) {
            throw RuleViolation.of("opinion.topic.notOpen");
        }
        if (!opinion.isVisible()) {
            throw RuleViolation.of("opinion.notVisible");
        }
        return opinion;
    }

    private Comment ownComment(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        Member me = caller.required();
        if (comment == null || !comment.isWrittenBy(me)) {
            throw RuleViolation.of("notFound");
        }
        if (!comment.getOpinion().getTopic().acceptsOpinions(clock.instant())) {
            throw RuleViolation.of("opinion.topic.notOpen");
        }
        if (comment.getStatus() != Opinion.Status.VISIBLE) {
            throw RuleViolation.of("opinion.notVisible");
        }
        return comment;
    }

    /**
     * Whether the caller may write in this forum at all (the Youth Forum's rule), so that the page tells an ineligible
     * member why before they type, instead of refusing what they typed. The boundary still checks on every write.
     */
    @PermitAll
    public boolean mayWriteIn(Forum forum) {
        if (forum != Forum.YOUTH) {
            // the main forum's rule is the role, which the writes check themselves; no statement for a topic page
            return caller.id().isPresent();
        }
        Member me = caller.member().orElse(null);
        return me != null && me.hasRole(Role.CITIZEN) && (me.hasRole(Role.YOUTH_PANELIST) || youthRangeMayWrite(me));
    }

    /** The caller (a member who may write: {@code Caller.writer()}), if they may take part in this topic now. */
    private Member participant(Topic topic, Member me) {
        if (!topic.acceptsOpinions(clock.instant())) {
            throw RuleViolation.of("opinion.topic.notOpen");
        }
        if (topic.getForum() == Forum.YOUTH && !me.hasRole(Role.YOUTH_PANELIST) && !youthRangeMayWrite(me)) {
            throw RuleViolation.of("opinion.youth.panelistsOnly");
        }
        return me;
    }

    /** The organisation may open Youth Forum topics to every member in the youth age range, not only panelists. */
    private boolean youthRangeMayWrite(Member me) {
        var current = settings.current();
        return current.isYouthOpenToAgeRange()
                && current.isInYouthRange(
                        me.getBirthYear(),
                        java.time.Year.now(clock.withZone(current.zone())).getValue());
    }
}
