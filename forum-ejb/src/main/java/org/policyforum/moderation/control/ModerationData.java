package org.policyforum.moderation.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.MyDataRows;

/**
 * Moderation's part of "download my data": the reports the member made, with their reasons (code and both labels)
 * and words.
 */
@Dependent
public class ModerationData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        return Map.of(
                "reports",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT r.targetType, r.targetId, r.reason.code, r.details, r.reportedAt,"
                                        + " r.reason.labelKo, r.reason.labelEn FROM Report r"
                                        + " WHERE r.reporterId = :member ORDER BY r.reportedAt, r.id",
                                memberId),
                        r -> row().put("type", r[0])
                                .put("id", r[1])
                                .put("reason", r[2])
                                // the file has no reader's language: the reason's words in both
                                .put("reasonKo", r[5])
                                .put("reasonEn", r[6])
                                .put("details", r[3])
                                .put("reportedAt", r[4])));
    }
}
