package org.policyforum.idea.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policyforum.idea.boundary.IdeaViews.Comment;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.idea.entity.IdeaCommentReaction;
import org.policyforum.idea.entity.IdeaCommentReaction.Kind;

/**
 * An idea's comment threads as a reader sees them, in a fixed number of queries however many comments and reactions
 * they hold: the page's thread roots, every comment of those threads, the reaction counts, the viewer's reactions.
 */
@Dependent
public class IdeaCommentReads {

    /** EclipseLink's query hint for an outer fetch join of a path (QueryHints.LEFT_FETCH). */
    private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";
    /** Replies are indented up to this depth; deeper ones stay at it (as under opinions). */
    private static final int MAX_INDENT = 4;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public long threads(long ideaId) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM IdeaComment c WHERE c.ideaId = :idea AND c.parentId IS NULL", Long.class)
                .setParameter("idea", ideaId)
                .getSingleResult();
    }

    /** The first {@code threads} threads of the idea, oldest first, each reply right after its parent. */
    public List<Comment> comments(long ideaId, int threads, Optional<Long> viewer, boolean mask) {
        List<Long> roots = em.createQuery(
                        "SELECT c.id FROM IdeaComment c WHERE c.ideaId = :idea AND c.parentId IS NULL"
                                + " ORDER BY c.createdAt, c.id",
                        Long.class)
                .setParameter("idea", ideaId)
                .setMaxResults(threads)
                .getResultList();
        if (roots.isEmpty()) {
            return List.of();
        }
        List<IdeaComment> comments = em.createQuery(
                        "SELECT c FROM IdeaComment c JOIN FETCH c.author WHERE c.ideaId = :idea"
                                + " AND (c.id IN :roots OR c.rootId IN :roots) ORDER BY c.createdAt, c.id",
                        IdeaComment.class)
                .setParameter("idea", ideaId)
                .setParameter("roots", roots)
                .setHint(LEFT_JOIN_FETCH, "c.author.bureau")
                .getResultList();
        List<Long> ids = comments.stream().map(IdeaComment::getId).toList();
        Map<Long, Map<Kind, Long>> counts = counts(ids);
        Map<Long, Kind> mine = viewer.map(member -> mine(member, ids)).orElse(Map.of());
        Map<Long, List<IdeaComment>> children = new HashMap<>();
        for (IdeaComment c : comments) {
            if (c.getParentId() != null) {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<Comment> ordered = new ArrayList<>();
        View view = new View(children, counts, mine, viewer, mask, ordered);
        comments.stream().filter(c -> c.getParentId() == null).forEach(root -> view.add(root, 0));
        return ordered;
    }

    private record View(
            Map<Long, List<IdeaComment>> children,
            Map<Long, Map<Kind, Long>> counts,
            Map<Long, Kind> mine,
            Optional<Long> viewer,
            boolean mask,
            List<Comment> into) {

        void add(IdeaComment c, int depth) {
            Map<Kind, Long> n = counts.getOrDefault(c.getId(), Map.of());
            into.add(new Comment(
                    c.getId(),
                    c.getParentId(),
                    Math.min(depth, MAX_INDENT),
                    c.getAuthor().displayName(mask),
                    !c.getAuthor().isActive(),
                    shown(c),
                    c.getStatus(),
                    c.getHiddenReason(),
                    c.getCreatedAt(),
                    c.getEditedAt() != null,
                    n.getOrDefault(Kind.AGREE, 0L),
                    n.getOrDefault(Kind.DISAGREE, 0L),
                    mine.get(c.getId()),
                    viewer.map(c::isWrittenBy).orElse(false)));
            for (IdeaComment reply : children.getOrDefault(c.getId(), List.of())) {
                add(reply, depth + 1);
            }
        }

        /** The text others see: none once withdrawn or hidden, but a hidden comment's author still reads it. */
        private String shown(IdeaComment c) {
            boolean mine = viewer.map(c::isWrittenBy).orElse(false);
            return c.isVisible() || (mine && c.getStatus() == IdeaComment.Status.HIDDEN) ? c.getBody() : "";
        }
    }

    private Map<Long, Map<Kind, Long>> counts(List<Long> ids) {
        Map<Long, Map<Kind, Long>> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.commentId, r.kind, COUNT(r) FROM IdeaCommentReaction r WHERE r.commentId IN :ids"
                                + " GROUP BY r.commentId, r.kind",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(Kind.class))
                    .put((Kind) row[1], (Long) row[2]);
        }
        return counts;
    }

    private Map<Long, Kind> mine(long member, List<Long> ids) {
        return em.createQuery(
                        "SELECT r FROM IdeaCommentReaction r WHERE r.memberId = :member AND r.commentId IN :ids",
                        IdeaCommentReaction.class)
                .setParameter("member", member)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(IdeaCommentReaction::getCommentId, IdeaCommentReaction::getKind));
    }
}
