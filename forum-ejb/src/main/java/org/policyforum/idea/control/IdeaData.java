package org.policyforum.idea.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.MyDataRows;

/**
 * The idea space's part of "download my data": the member's ideas with their earlier wordings, the ideas they support
 * and follow, their comments on ideas with their earlier wordings, and their agree/disagree on comments. Other
 * people's ideas are named by id and title only (titles are public), never by their authors.
 */
@Dependent
public class IdeaData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        Map<String, JsonArray> sections = new LinkedHashMap<>();
        sections.put(
                "ideas",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT i.id, i.title, i.body, i.category.id, i.state, i.stateReason, i.publishedAt,"
                                        + " i.supportCount FROM Idea i WHERE i.authorId = :member"
                                        + " ORDER BY i.publishedAt, i.id",
                                memberId),
                        r -> row().put("id", r[0])
                                .put("title", r[1])
                                .put("body", r[2])
                                .put("categoryId", r[3])
                                .put("state", r[4])
                                .put("stateReason", r[5])
                                .put("publishedAt", r[6])
                                .put("supports", r[7])));
        sections.put(
                "ideaRevisions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT r.ideaId, r.title, r.body, r.revisedAt FROM IdeaRevision r, Idea i"
                                        + " WHERE i.id = r.ideaId AND i.authorId = :member ORDER BY r.revisedAt, r.id",
                                memberId),
                        r -> row().put("ideaId", r[0])
                                .put("title", r[1])
                                .put("body", r[2])
                                .put("revisedAt", r[3])));
        sections.put("ideaSupports", marks("IdeaSupport", memberId));
        sections.put("ideaFollows", marks("IdeaFollow", memberId));
        sections.put(
                "ideaComments",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT c.id, c.ideaId, c.parentId, c.body, c.status, c.createdAt, c.editedAt"
                                        + " FROM IdeaComment c WHERE c.author.id = :member ORDER BY c.createdAt, c.id",
                                memberId),
                        r -> row().put("id", r[0])
                                .put("ideaId", r[1])
                                .put("replyTo", r[2])
                                .put("body", r[3])
                                .put("status", r[4])
                                .put("createdAt", r[5])
                                .put("editedAt", r[6])));
        sections.put(
                "ideaCommentRevisions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT r.commentId, r.body, r.replacedAt FROM IdeaCommentRevision r, IdeaComment c"
                                        + " WHERE c.id = r.commentId AND c.author.id = :member"
                                        + " ORDER BY r.replacedAt, r.id",
                                memberId),
                        r -> row().put("commentId", r[0]).put("body", r[1]).put("replacedAt", r[2])));
        sections.put(
                "ideaCommentReactions",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT r.commentId, r.kind, r.createdAt, r.changedAt FROM IdeaCommentReaction r"
                                        + " WHERE r.memberId = :member ORDER BY r.createdAt, r.commentId",
                                memberId),
                        r -> row().put("commentId", r[0])
                                .put("kind", r[1])
                                .put("createdAt", r[2])
                                .put("changedAt", r[3])));
        return sections;
    }

    /** Supports or follows: the idea by id and its public title, and when. */
    private JsonArray marks(String entity, long memberId) {
        return array(
                MyDataRows.select(
                        em,
                        "SELECT m.ideaId, i.title, m.createdAt FROM " + entity + " m, Idea i"
                                + " WHERE i.id = m.ideaId AND m.memberId = :member ORDER BY m.createdAt, m.ideaId",
                        memberId),
                r -> row().put("ideaId", r[0]).put("title", r[1]).put("at", r[2]));
    }
}
