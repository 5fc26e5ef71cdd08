package org.policyforum.topic.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.MyDataRows;

/**
 * The topics' part of "download my data": the topics the member follows, their topic suggestions and the suggestions
 * they supported, their Youth Forum application, and, for experts, their invitations and the briefs they wrote.
 */
@Dependent
public class TopicData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        Map<String, JsonArray> sections = new LinkedHashMap<>();
        sections.put(
                "follows",
                array(
                        nativeRows(
                                "SELECT t.id, t.title, f.created_at FROM topic_follow f JOIN topic t ON t.id = "
                                        + "f.topic_id"
                                        + " WHERE f.member_id = ?1 ORDER BY f.created_at, t.id",
                                memberId),
                        r -> row().put("topicId", ((Number) r[0]).longValue())
                                .put("topicTitle", r[1])
                                .put("followedAt", r[2])));
        sections.put(
                "suggestions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT s.id, s.forum, s.title, s.why, s.status, s.decisionReason, s.createdAt, "
                                        + "s.decidedAt"
                                        + " FROM TopicSuggestion s WHERE s.author.id = :member ORDER BY "
                                        + "s.createdAt, s.id",
                                memberId),
                        r -> row().put("id", r[0])
                                .put("forum", r[1])
                                .put("title", r[2])
                                .put("why", r[3])
                                .put("status", r[4])
                                .put("decisionReason", r[5])
                                .put("createdAt", r[6])
                                .put("decidedAt", r[7])));
        sections.put(
                "suggestionSupports",
                array(
                        nativeRows(
                                "SELECT s.id, s.title, p.created_at FROM suggestion_support p"
                                        + " JOIN topic_suggestion s ON s.id = p.suggestion_id WHERE p.member_id = "
                                        + "?1 ORDER BY p.created_at, s.id",
                                memberId),
                        r -> row().put("suggestionId", ((Number) r[0]).longValue())
                                .put("title", r[1])
                                .put("supportedAt", r[2])));
        sections.put(
                "youthApplications",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT a.motivation, a.status, a.reason, a.createdAt, a.decidedAt"
                                        + " FROM YouthApplication a WHERE a.member.id = :member ORDER BY "
                                        + "a.createdAt, a.id",
                                memberId),
                        r -> row().put("motivation", r[0])
                                .put("status", r[1])
                                .put("reason", r[2])
                                .put("createdAt", r[3])
                                .put("decidedAt", r[4])));
        sections.put(
                "expertInvitations",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT i.topic.id, i.topic.title, i.stance, i.status, i.createdAt, i.answeredAt"
                                        + " FROM ExpertInvitation i WHERE i.expert.id = :member ORDER BY "
                                        + "i.createdAt, i.id",
                                memberId),
                        r -> row().put("topicId", r[0])
                                .put("topicTitle", r[1])
                                .put("stance", r[2])
                                .put("status", r[3])
                                .put("createdAt", r[4])
                                .put("answeredAt", r[5])));
        sections.put(
                "expertOpinions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT e.topic.id, e.topic.title, e.stance, e.expertName, e.affiliation, "
                                        + "e.title, e.body,"
                                        + " e.createdAt FROM ExpertOpinion e WHERE e.expert.id = :member ORDER BY "
                                        + "e.createdAt, e.id",
                                memberId),
                        r -> row().put("topicId", r[0])
                                .put("topicTitle", r[1])
                                .put("stance", r[2])
                                .put("name", r[3])
                                .put("affiliation", r[4])
                                .put("title", r[5])
                                .put("body", r[6])
                                .put("createdAt", r[7])));
        return sections;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String sql, long memberId) {
        return em.createNativeQuery(sql).setParameter(1, memberId).getResultList();
    }
}
