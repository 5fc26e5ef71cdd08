package org.policyforum.discussion.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policyforum.discussion.entity.Comment;
import org.policyforum.discussion.entity.Contribution;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.discussion.entity.Reaction;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.topic.entity.ExpertOpinion;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * One public topic's page as a reader sees it: the topic, the experts' briefs, the stance counts and a page of
 * opinions with their comment threads and reactions. Read in a fixed number of queries, however many opinions,
 * comments and reactions it shows. The discussion feature owns it because opinions are its own; it reads the topic
 * through the topic feature's entities (discussion depends on topic, never the other way).
 */
@Stateless
@PermitAll
public class TopicPages {

    /** EclipseLink's query hint for an outer fetch join of a path (QueryHints.LEFT_FETCH). */
    static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    Caller caller;

    public enum Order {
        NEWEST,
        MOST_AGREED
    }

    /** Which opinions a page shows: a stance (or all), an order, and the page's window. */
    public record OpinionQuery(Stance stance, Order order, int first, int size) {
        public static OpinionQuery firstPage(int size) {
            return new OpinionQuery(null, Order.NEWEST, 0, size);
        }
    }

    public record TopicDetails(
            Topic topic,
            List<ExpertOpinion> briefs,
            Map<Stance, Long> stanceCounts,
            List<OpinionView> opinions,
            long matchingOpinions,
            boolean acceptsOpinions) {

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

    /**
     * An opinion as the viewer sees it: the author's name follows the masking setting; a withdrawn or hidden one
     * keeps its place with a placeholder and no text.
     */
    public record OpinionView(
            long id,
            String authorName,
            boolean formerMember,
            Stance stance,
            String body,
            Opinion.Status status,
            String hiddenReason,
            Instant createdAt,
            boolean edited,
            long agrees,
            long disagrees,
            ReactionKind myReaction,
            boolean mine,
            List<CommentView> comments) {
        public boolean visible() {
            return status == Opinion.Status.VISIBLE;
        }
    }

    public record CommentView(
            long id,
            Long parentId,
            int depth,
            String authorName,
            boolean formerMember,
            String body,
            Opinion.Status status,
            String hiddenReason,
            Instant createdAt,
            boolean edited,
            long agrees,
            long disagrees,
            ReactionKind myReaction,
            boolean mine) {
        public boolean visible() {
            return status == Opinion.Status.VISIBLE;
        }
    }

    public Optional<TopicDetails> page(long id, int maxOpinions) {
        return page(id, OpinionQuery.firstPage(maxOpinions));
    }

    /** A public topic's page; empty for an unknown id or a topic that is not public yet. */
    public Optional<TopicDetails> page(long id, OpinionQuery query) {
        Topic topic = em.find(Topic.class, id);
        if (topic == null || !topic.getState().isPublic()) {
            return Optional.empty();
        }
        List<ExpertOpinion> briefs = em.createNamedQuery(ExpertOpinion.OF_TOPIC, ExpertOpinion.class)
                .setParameter("topic", topic)
                .getResultList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Object[] row : em.createNamedQuery(Opinion.STANCE_COUNTS, Object[].class)
                .setParameter("topic", topic)
                .getResultList()) {
            counts.put((Stance) row[0], (Long) row[1]);
        }
        List<Long> ids = opinionIds(id, query);
        long matching = countOpinions(id, query.stance());
        boolean mask = settings.current().isMaskNames();
        Optional<Member> viewer = caller.member();
        List<OpinionView> opinions = ids.isEmpty() ? List.of() : views(ids, mask, viewer);
        return Optional.of(
                new TopicDetails(topic, briefs, counts, opinions, matching, topic.acceptsOpinions(clock.instant())));
    }

    private List<OpinionView> views(List<Long> ids, boolean mask, Optional<Member> viewer) {
        // authors' bureaus (an eager reference, officials write too) in the same statement: else one query per bureau
        Map<Long, Opinion> byId = em.createNamedQuery(Opinion.BY_IDS, Opinion.class)
                .setParameter("ids", ids)
                .setHint(LEFT_JOIN_FETCH, "o.author.bureau")
                .getResultStream()
                .collect(Collectors.toMap(Opinion::getId, Function.identity()));
        List<Comment> comments = em.createNamedQuery(Comment.OF_OPINIONS, Comment.class)
                .setParameter("opinions", ids)
                .setHint(LEFT_JOIN_FETCH, "c.author.bureau")
                .getResultList();
        List<Long> commentIds = comments.stream().map(Comment::getId).toList();
        Map<Long, Map<ReactionKind, Long>> opinionCounts = reactionCounts(TargetType.OPINION, ids);
        Map<Long, Map<ReactionKind, Long>> commentCounts = reactionCounts(TargetType.COMMENT, commentIds);
        Map<Long, ReactionKind> myOpinionReactions = myReactions(viewer, TargetType.OPINION, ids);
        Map<Long, ReactionKind> myCommentReactions = myReactions(viewer, TargetType.COMMENT, commentIds);

        Map<Long, List<Comment>> commentsByOpinion = comments.stream()
                .collect(Collectors.groupingBy(c -> c.getOpinion().getId(), LinkedHashMap::new, Collectors.toList()));
        List<OpinionView> views = new ArrayList<>();
        for (Long id : ids) {
            Opinion o = byId.get(id);
            Map<ReactionKind, Long> c = opinionCounts.getOrDefault(id, Map.of());
            List<CommentView> thread = thread(
                    commentsByOpinion.getOrDefault(id, List.of()), mask, viewer, commentCounts, myCommentReactions);
            views.add(new OpinionView(
                    id,
                    o.getAuthor().displayName(mask),
                    !o.getAuthor().isActive(),
                    o.getStance(),
                    shown(o, viewer),
                    o.getStatus(),
                    o.getHiddenReason(),
                    o.getCreatedAt(),
                    o.getEditedAt() != null,
                    c.getOrDefault(ReactionKind.AGREE, 0L),
                    c.getOrDefault(ReactionKind.DISAGREE, 0L),
                    myOpinionReactions.get(id),
                    viewer.map(o::isWrittenBy).orElse(false),
                    thread));
        }
        return views;
    }

    /** The text others see: none once withdrawn or hidden, but a hidden item's author still reads their own. */
    private static String shown(Contribution item, Optional<Member> viewer) {
        boolean mine = viewer.map(item::isWrittenBy).orElse(false);
        return item.isVisible() || (mine && item.getStatus() == Opinion.Status.HIDDEN) ? item.getBody() : "";
    }

    /** Comments in reading order: each reply right after its parent, indented one step deeper. */
    private static List<CommentView> thread(
            List<Comment> comments,
            boolean mask,
            Optional<Member> viewer,
            Map<Long, Map<ReactionKind, Long>> counts,
            Map<Long, ReactionKind> mine) {
        Map<Long, List<Comment>> children = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : comments) {
            if (c.getParentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<CommentView> ordered = new ArrayList<>();
        roots.sort(Comparator.comparing(Comment::getCreatedAt));
        for (Comment root : roots) {
            add(root, 0, children, ordered, mask, viewer, counts, mine);
        }
        return ordered;
    }

    private static void add(
            Comment c,
            int depth,
            Map<Long, List<Comment>> children,
            List<CommentView> into,
            boolean mask,
            Optional<Member> viewer,
            Map<Long, Map<ReactionKind, Long>> counts,
            Map<Long, ReactionKind> mine) {
        Map<ReactionKind, Long> n = counts.getOrDefault(c.getId(), Map.of());
        into.add(new CommentView(
                c.getId(),
                c.getParentId(),
                Math.min(depth, 4),
                c.getAuthor().displayName(mask),
                !c.getAuthor().isActive(),
                shown(c, viewer),
                c.getStatus(),
                c.getHiddenReason(),
                c.getCreatedAt(),
                c.getEditedAt() != null,
                n.getOrDefault(ReactionKind.AGREE, 0L),
                n.getOrDefault(ReactionKind.DISAGREE, 0L),
                mine.get(c.getId()),
                viewer.map(c::isWrittenBy).orElse(false)));
        for (Comment reply : children.getOrDefault(c.getId(), List.of())) {
            add(reply, depth + 1, children, into, mask, viewer, counts, mine);
        }
    }

    private List<Long> opinionIds(long topicId, OpinionQuery query) {
        String stanceFilter = query.stance() == null ? "" : " AND o.stance = ?2";
        String sql = query.order() == Order.MOST_AGREED
                ? "SELECT o.id FROM opinion o LEFT JOIN reaction r ON r.target_type = 'OPINION' AND r.target_id = "
                        + "o.id AND r.kind = 'AGREE'"
                        + " WHERE o.topic_id = ?1" + stanceFilter
                        + " GROUP BY o.id, o.created_at ORDER BY COUNT(r.id) DESC, o.created_at DESC, o.id DESC"
                : "SELECT o.id FROM opinion o WHERE o.topic_id = ?1" + stanceFilter
                        + " ORDER BY o.created_at DESC, o.id DESC";
        Query q = em.createNativeQuery(sql).setParameter(1, topicId);
        if (query.stance() != null) {
            q.setParameter(2, query.stance().name());
        }
        q.setFirstResult(Math.max(0, query.first())).setMaxResults(Math.min(Math.max(1, query.size()), 200));
        List<?> rows = q.getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private long countOpinions(long topicId, Stance stance) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM opinion o WHERE o.topic_id = ?1"
                        + (stance == null ? "" : " AND o.stance = ?2"))
                .setParameter(1, topicId);
        if (stance != null) {
            q.setParameter(2, stance.name());
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private Map<Long, Map<ReactionKind, Long>> reactionCounts(TargetType type, List<Long> targets) {
        Map<Long, Map<ReactionKind, Long>> counts = new HashMap<>();
        if (targets.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Reaction.COUNTS, Object[].class)
                .setParameter("type", type)
                .setParameter("targets", targets)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ReactionKind.class))
                    .put((ReactionKind) row[1], (Long) row[2]);
        }
        return counts;
    }

    private Map<Long, ReactionKind> myReactions(Optional<Member> viewer, TargetType type, List<Long> targets) {
        if (viewer.isEmpty() || targets.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Reaction.MINE, Reaction.class)
                .setParameter("member", viewer.get().getId())
                .setParameter("type", type)
                .setParameter("targets", targets)
                .getResultStream()
                .collect(Collectors.toMap(Reaction::getTargetId, Reaction::getKind));
    }
}
