package org.policyforum.award.control;

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
 * The awards' part of "download my data": the member's votes (which opinion, not whose), their opinions nominated, and
 * the awards they won with the prize's delivery address they gave. Officials who nominated or picked are not named.
 */
@Dependent
public class AwardData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        Map<String, JsonArray> sections = new LinkedHashMap<>();
        sections.put(
                "awardVotes",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT v.round.id, v.round.forum, v.round.month, v.nominee.id, v.nominee.opinion.id,"
                                        + " v.nominee.opinion.topic.title, v.slot, v.castAt FROM AwardVote v "
                                        + "WHERE v.voterId = :member ORDER BY v.castAt, v.id",
                                memberId),
                        r -> row().put("roundId", r[0])
                                .put("forum", r[1])
                                .put("month", r[2])
                                .put("nomineeId", r[3])
                                .put("opinionId", r[4])
                                .put("topicTitle", r[5])
                                .put("slot", r[6])
                                .put("castAt", r[7])));
        sections.put(
                "awardNominations",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT n.round.id, n.round.forum, n.round.month, n.opinion.id, n.reason, n.status,"
                                        + " n.removalReason, n.createdAt FROM Nominee n WHERE n.member.id = "
                                        + ":member ORDER BY n.createdAt, n.id",
                                memberId),
                        r -> row().put("roundId", r[0])
                                .put("forum", r[1])
                                .put("month", r[2])
                                .put("opinionId", r[3])
                                .put("reason", r[4])
                                .put("status", r[5])
                                .put("removalReason", r[6])
                                .put("createdAt", r[7])));
        sections.put(
                "awardsWon",
                array(
                        MyDataRows.select(
                                em,
                                "SELECT a.round.id, a.round.forum, a.round.month, a.jury, a.place, a.citation,"
                                        + " a.prizeStatus, a.deliveryAddress, a.fulfilledAt, a.createdAt FROM "
                                        + "Award a WHERE a.member.id = :member"
                                        + " ORDER BY a.createdAt, a.id",
                                memberId),
                        r -> row().put("roundId", r[0])
                                .put("forum", r[1])
                                .put("month", r[2])
                                .put("jury", r[3])
                                .put("place", r[4])
                                .put("citation", r[5])
                                .put("prizeStatus", r[6])
                                .put("deliveryAddress", r[7])
                                .put("fulfilledAt", r[8])
                                .put("createdAt", r[9])));
        return sections;
    }
}
