package org.policyforum.discussion.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.discussion.entity.Reaction;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.member.control.Caller;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberStatus;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;

/**
 * A topic's discussion as the owning bureau's officials (and operators) file it: counts, the opinions most agreed
 * with, and every opinion and comment a page at a time for an export. Rows carry the display name as the forum shows
 * it (masked per the setting) and never an email address, birth year or district. Pages are read as columns, not
 * entities, so a long export keeps nothing in the persistence context.
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.OPERATOR})
public class DiscussionRecords {

    /** Most opinions one page of an export reads (their comments come with them). */
    public static final int MAX_PAGE = 500;

    /** IN lists of reaction counts stay well below the parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 1000;

    private static final String OPINION_ROWS = "SELECT o.id, o.stance, a.realName, a.status, o.body, o.status,"
            + " o.createdAt, a.nameHidden FROM Opinion o JOIN o.author a WHERE ";
    private static final String COMMENT_ROWS = "SELECT c.id, c.opinion.id, c.parentId, a.realName, a.status, c.body,"
            + " c.status, c.createdAt, a.nameHidden FROM Comment c JOIN c.author a WHERE c.opinion.id IN :opinions"
            + " ORDER BY c.opinion.id, c.createdAt, c.id";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    public enum Kind {
        OPINION,
        COMMENT
    }

    /** How much was said: opinions, comments and reactions (agree or disagree), whatever became of them. */
    public record Figures(long opinions, long comments, long reactions) {}

    /**
     * One opinion or comment. {@code opinionId}: the opinion itself, or the one a comment answers; {@code parentId}:
     * the comment a reply answers. A withdrawn or hidden item keeps its row, without its text.
     */
    public record Row(
            Kind kind,
            long id,
            long opinionId,
            Long parentId,
            Stance stance,
            String author,
            String body,
            long agrees,
            long disagrees,
            Instant createdAt,
            Opinion.Status status) {

        public boolean hidden() {
            return status == Opinion.Status.HIDDEN;
        }
    }

    public Figures figures(long topicId) {
        ownTopic(topicId);
        long opinions = em.createQuery("SELECT COUNT(o) FROM Opinion o WHERE o.topic.id = :topic", Long.class)
                .setParameter("topic", topicId)
                .getSingleResult();
        long comments = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.topicId = :topic", Long.class)
                .setParameter("topic", topicId)
                .getSingleResult();
        Number reactions = (Number) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM reaction r JOIN opinion o ON r.target_type = 'OPINION'"
                        + "   AND r.target_id = o.id WHERE o.topic_id = ?1)"
                        + " + (SELECT COUNT(*) FROM reaction r JOIN opinion_comment c ON r.target_type = 'COMMENT'"
                        + "   AND r.target_id = c.id WHERE c.topic_id = ?1)")
                .setParameter(1, topicId)
                .getSingleResult();
        return new Figures(opinions, comments, reactions.longValue());
    }

    /** The visible opinions of a stance most agreed with, most first (the earlier of equals first). */
    public List<Row> mostAgreed(long topicId, Stance stance, int limit) {
        ownTopic(topicId);
        List<?> ids = em.createNativeQuery("SELECT o.id FROM opinion o LEFT JOIN reaction r"
                        + " ON r.target_type = 'OPINION' AND r.target_id = o.id AND r.kind = 'AGREE'"
                        + " WHERE o.topic_id = ?1 AND o.stance = ?2 AND o.status = 'VISIBLE'"
                        + " GROUP BY o.id, o.created_at ORDER BY COUNT(r.id) DESC, o.created_at, o.id")
                .setParameter(1, topicId)
                .setParameter(2, stance.name())
                .setMaxResults(Math.min(Math.max(1, limit), 20))
                .getResultList();
        List<Long> wanted = ids.stream().map(id -> ((Number) id).longValue()).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        opinions(em.createQuery(OPINION_ROWS + "o.id IN :ids", Object[].class)
                        .setParameter("ids", wanted)
                        .getResultList())
                .forEach(row -> byId.put(row.id(), row));
        return wanted.stream().map(byId::get).toList();
    }

    /**
     * Up to {@code size} opinions of the topic after the opinion {@code afterOpinion} (by id; 0 for the first page),
     * each followed by its comments in thread order of time. The next page starts after the last opinion's id.
     */
    public List<Row> page(long topicId, long afterOpinion, int size) {
        ownTopic(topicId);
        List<Row> opinions = opinions(
                em.createQuery(OPINION_ROWS + "o.topic.id = :topic AND o.id > :after ORDER BY o.id", Object[].class)
                        .setParameter("topic", topicId)
                        .setParameter("after", afterOpinion)
                        .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                        .getResultList());
        if (opinions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Row>> comments = comments(opinions.stream().map(Row::id).toList());
        List<Row> rows = new ArrayList<>();
        for (Row opinion : opinions) {
            rows.add(opinion);
            rows.addAll(comments.getOrDefault(opinion.id(), List.of()));
        }
        return rows;
    }

    private void ownTopic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topic.isRunBy(caller.required())) {
            throw RuleViolation.of("notFound");
        }
    }

    private List<Row> opinions(List<Object[]> columns) {
        boolean mask = settings.current().isMaskNames();
        Map<Long, Map<ReactionKind, Long>> counts = counts(
                TargetType.OPINION, columns.stream().map(c -> (Long) c[0]).toList());
        return columns.stream()
                .map(c -> {
                    Opinion.Status status = (Opinion.Status) c[5];
                    Map<ReactionKind, Long> n = counts.getOrDefault((Long) c[0], Map.of());
                    return new Row(
                            Kind.OPINION,
                            (Long) c[0],
                            (Long) c[0],
                            null,
                            (Stance) c[1],
                            name((String) c[2], (MemberStatus) c[3], (Boolean) c[7], mask),
                            text((String) c[4], status),
                            n.getOrDefault(ReactionKind.AGREE, 0L),
                            n.getOrDefault(ReactionKind.DISAGREE, 0L),
                            (Instant) c[6],
                            status);
                })
                .toList();
    }

    private Map<Long, List<Row>> comments(List<Long> opinionIds) {
        boolean mask = settings.current().isMaskNames();
        List<Object[]> columns = em.createQuery(COMMENT_ROWS, Object[].class)
                .setParameter("opinions", opinionIds)
                .getResultList();
        Map<Long, Map<ReactionKind, Long>> counts = counts(
                TargetType.COMMENT, columns.stream().map(c -> (Long) c[0]).toList());
        Map<Long, List<Row>> byOpinion = new LinkedHashMap<>();
        for (Object[] c : columns) {
            Opinion.Status status = (Opinion.Status) c[6];
            Map<ReactionKind, Long> n = counts.getOrDefault((Long) c[0], Map.of());
            byOpinion
                    .computeIfAbsent((Long) c[1], k -> new ArrayList<>())
                    .add(new Row(
                            Kind.COMMENT,
                            (Long) c[0],
                            (Long) c[1],
                            (Long) c[2],
                            null,
                            name((String) c[3], (MemberStatus) c[4], (Boolean) c[8], mask),
                            text((String) c[5], status),
                            n.getOrDefault(ReactionKind.AGREE, 0L),
                            n.getOrDefault(ReactionKind.DISAGREE, 0L),
                            (Instant) c[7],
                            status));
        }
        return byOpinion;
    }

    /** The author's name as others read it: a name hidden by moderation is never reported or exported. */
    private static String name(String realName, MemberStatus status, Boolean hidden, boolean mask) {
        return Member.displayName(Boolean.TRUE.equals(hidden) ? Member.HIDDEN_NAME : realName, status, mask);
    }

    /** Officials read what the public reads: a withdrawn or hidden item's text stays out of reports and exports. */
    private static String text(String body, Opinion.Status status) {
        return status == Opinion.Status.VISIBLE ? body : "";
    }

    private Map<Long, Map<ReactionKind, Long>> counts(TargetType type, List<Long> targets) {
        Map<Long, Map<ReactionKind, Long>> counts = new HashMap<>();
        for (int from = 0; from < targets.size(); from += CHUNK) {
            for (Object[] row : em.createNamedQuery(Reaction.COUNTS, Object[].class)
                    .setParameter("type", type)
                    .setParameter("targets", targets.subList(from, Math.min(targets.size(), from + CHUNK)))
                    .getResultList()) {
                counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ReactionKind.class))
                        .put((ReactionKind) row[1], (Long) row[2]);
            }
        }
        return counts;
    }
}
