package org.policyforum.discussion.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.MyDataRows;

/**
 * The discussion's part of "download my data": the member's opinions and comments (each with its earlier versions)
 * and reactions. A comment names the opinion it answers by id only, never its author.
 */
@Dependent
public class DiscussionData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        Map<String, JsonArray> sections = new LinkedHashMap<>();
        Map<Long, List<Object[]>> opinionHistory =
                history(TargetType.OPINION, "SELECT o.id FROM Opinion o WHERE o.author.id = :member", memberId);
        sections.put(
                "opinions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT o.id, o.topic.id, o.topic.title, o.stance, o.body, o.status, o.createdAt, "
                                        + "o.editedAt"
                                        + " FROM Opinion o WHERE o.author.id = :member ORDER BY o.createdAt, o.id",
                                memberId),
                        r -> row().put("id", r[0])
                                .put("topicId", r[1])
                                .put("topicTitle", r[2])
                                .put("stance", r[3])
                                .put("body", r[4])
                                .put("status", r[5])
                                .put("createdAt", r[6])
                                .put("editedAt", r[7])
                                .put("earlierVersions", earlier(opinionHistory, r[0], true))));
        Map<Long, List<Object[]>> commentHistory =
                history(TargetType.COMMENT, "SELECT c.id FROM Comment c WHERE c.author.id = :member", memberId);
        sections.put(
                "comments",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT c.id, c.opinion.id, c.parentId, c.opinion.topic.id, "
                                        + "c.opinion.topic.title, c.body,"
                                        + " c.status, c.createdAt, c.editedAt FROM Comment c WHERE c.author.id = "
                                        + ":member ORDER BY c.createdAt, c.id",
                                memberId),
                        r -> row().put("id", r[0])
                                .put("opinionId", r[1])
                                .put("parentCommentId", r[2])
                                .put("topicId", r[3])
                                .put("topicTitle", r[4])
                                .put("body", r[5])
                                .put("status", r[6])
                                .put("createdAt", r[7])
                                .put("editedAt", r[8])
                                .put("earlierVersions", earlier(commentHistory, r[0], false))));
        sections.put(
                "reactions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT r.targetType, r.targetId, r.kind, r.createdAt, r.changedAt"
                                        + " FROM Reaction r WHERE r.memberId = :member ORDER BY r.createdAt, r.id",
                                memberId),
                        r -> row().put("on", r[0])
                                .put("targetId", r[1])
                                .put("kind", r[2])
                                .put("createdAt", r[3])
                                .put("changedAt", r[4])));
        return sections;
    }

    private Map<Long, List<Object[]>> history(TargetType type, String ownIds, long memberId) {
        Map<Long, List<Object[]>> byTarget = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT r.targetId, r.stance, r.body, r.replacedAt FROM Revision r WHERE r.targetType = :type"
                                + " AND r.targetId IN (" + ownIds + ") ORDER BY r.replacedAt, r.id",
                        Object[].class)
                .setParameter("type", type)
                .setParameter("member", memberId)
                .getResultList()
                .forEach(r -> byTarget.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(r));
        return byTarget;
    }

    private static JsonArray earlier(Map<Long, List<Object[]>> history, Object id, boolean withStance) {
        return array(history.getOrDefault(((Number) id).longValue(), List.of()), r -> {
            var version = row();
            if (withStance) {
                version.put("stance", r[1]);
            }
            return version.put("body", r[2]).put("replacedAt", r[3]);
        });
    }
}
