package org.policyforum.idea.boundary;

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
import java.util.Optional;
import org.policyforum.idea.boundary.IdeaViews.CommentRevision;
import org.policyforum.idea.boundary.IdeaViews.Comments;
import org.policyforum.idea.control.IdeaCommentReads;
import org.policyforum.idea.entity.Idea;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.idea.entity.IdeaCommentReaction;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.moderation.control.Screening;
import org.policyforum.moderation.entity.ReportTarget;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.PublicText;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * Verified members discuss an idea, with the rules of comments under opinions: threads of replies, agree or
 * disagree once per member per comment (the primary key decides; a second reaction of the other kind replaces the
 * first), the author's edit (the old text kept) and withdrawal, the members' comment rate limit and the text guards.
 * A withdrawn or merged idea takes no more comments, reactions or edits: its page says why.
 */
@Stateless
public class IdeaComments {

    /** Threads an idea's page shows at first, and at most. */
    public static final int THREADS_SHOWN = 20;

    public static final int MAX_THREADS = 200;

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

    @Inject
    IdeaCommentReads reads;

    /** The first {@code threads} comment threads of an idea (oldest first), empty for an unknown idea. */
    @PermitAll
    public Optional<Comments> of(long ideaId, int threads) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            return Optional.empty();
        }
        int shown = Math.max(1, Math.min(threads, MAX_THREADS));
        Optional<Long> viewer = caller.member().filter(Member::isActive).map(Member::getId);
        return Optional.of(new Comments(
                reads.comments(ideaId, shown, viewer, settings.current().isMaskNames()),
                reads.threads(ideaId),
                shown,
                closedKey(idea.getState())));
    }

    /** A comment on an idea, or (with {@code parentCommentId}) a reply to one of its comments. */
    @RolesAllowed(Roles.CITIZEN)
    public long comment(long ideaId, Long parentCommentId, String body) {
        Member author = caller.writer();
        openIdea(ideaId);
        IdeaComment parent = null;
        if (parentCommentId != null) {
            parent = em.find(IdeaComment.class, parentCommentId);
            if (parent == null || parent.getIdeaId() != ideaId) {
                throw RuleViolation.of("notFound");
            }
        }
        String text = publicText.required("body", body, IdeaComment.MAX_LENGTH, "comment.body");
        rateLimits.acquire(RateLimit.COMMENTS_PER_MEMBER, author.getId(), "body");
        IdeaComment comment = new IdeaComment(ideaId, parent, author, text, clock.instant());
        em.persist(comment);
        em.flush();
        screening.hold(ReportTarget.IDEA_COMMENT, comment.getId(), text);
        return comment.getId();
    }

    /** The author rewords their comment; what it said before is kept and shown as its history. */
    @RolesAllowed(Roles.CITIZEN)
    public void edit(long commentId, String body) {
        IdeaComment comment = ownComment(commentId, caller.writer().getId());
        String text = publicText.required("body", body, IdeaComment.MAX_LENGTH, "comment.body");
        em.persist(comment.edit(text, clock.instant()));
        screening.hold(ReportTarget.IDEA_COMMENT, commentId, text);
    }

    /** The author takes their comment back; a placeholder keeps its place, its replies stay. */
    @RolesAllowed(Roles.CITIZEN)
    public void withdraw(long commentId) {
        ownComment(commentId, caller.required().getId()).withdraw();
    }

    /**
     * Agrees or disagrees with a comment; a second reaction of the other kind replaces the first. Two reactions that
     * arrive together are settled by the primary key: one is stored, the other refused.
     */
    @RolesAllowed(Roles.CITIZEN)
    public IdeaCommentReaction.Kind react(long commentId, IdeaCommentReaction.Kind kind) {
        long me = caller.writer().getId();
        IdeaComment comment = kind == null ? null : em.find(IdeaComment.class, commentId);
        if (comment == null || !comment.isVisible()) {
            throw RuleViolation.of("notFound");
        }
        openIdea(comment.getIdeaId());
        Instant now = clock.instant();
        IdeaCommentReaction existing = em.find(IdeaCommentReaction.class, new IdeaCommentReaction.Key(commentId, me));
        if (existing != null) {
            existing.change(kind, now);
            return kind;
        }
        em.persist(new IdeaCommentReaction(commentId, me, kind, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("reaction.duplicate");
        }
        return kind;
    }

    /** What a visible comment said before each edit, oldest first; a withdrawn one's words stay withdrawn. */
    @PermitAll
    public List<CommentRevision> history(long commentId) {
        IdeaComment comment = em.find(IdeaComment.class, commentId);
        if (comment == null || !comment.isVisible()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT NEW org.policyforum.idea.boundary.IdeaViews$CommentRevision(r.body, r.replacedAt)"
                                + " FROM IdeaCommentRevision r WHERE r.commentId = :comment"
                                + " ORDER BY r.replacedAt, r.id",
                        CommentRevision.class)
                .setParameter("comment", commentId)
                .getResultList();
    }

    /** Why an idea in this state takes no comments (a bundle key), or null when it takes them. */
    static String closedKey(IdeaState state) {
        return state == IdeaState.WITHDRAWN || state == IdeaState.MERGED ? "idea.comments.closed." + state : null;
    }

    private void openIdea(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw RuleViolation.of("notFound");
        }
        String closed = closedKey(idea.getState());
        if (closed != null) {
            throw RuleViolation.of(closed);
        }
    }

    private IdeaComment ownComment(long commentId, long me) {
        IdeaComment comment = em.find(IdeaComment.class, commentId);
        // someone else's comment is answered like a missing one: a crafted request learns nothing
        if (comment == null || !comment.isWrittenBy(me)) {
            throw RuleViolation.of("notFound");
        }
        openIdea(comment.getIdeaId());
        if (!comment.isVisible()) {
            throw RuleViolation.of("idea.comment.notVisible");
        }
        return comment;
    }
}
