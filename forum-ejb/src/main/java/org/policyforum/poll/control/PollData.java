package org.policyforum.poll.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.member.control.MyDataPart;

/** The polls' part of "download my data": the member's ballots, each with the question and the options chosen. */
@Dependent
public class PollData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        Map<Long, List<String>> choices = new HashMap<>();
        em.createQuery(
                        "SELECT b.id, o.label FROM Ballot b JOIN b.optionIds c, PollOption o WHERE o.id = c AND "
                                + "b.memberId = :member"
                                + " ORDER BY o.position",
                        Object[].class)
                .setParameter("member", memberId)
                .getResultList()
                .forEach(r -> choices.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add((String) r[1]));
        List<Object[]> ballots = em.createQuery(
                        "SELECT b.id, b.pollId, p.question, p.topicId, b.castAt, b.changedAt"
                                + " FROM Ballot b, Poll p WHERE p.id = b.pollId AND b.memberId = :member ORDER BY "
                                + "b.castAt, b.id",
                        Object[].class)
                .setParameter("member", memberId)
                .getResultList();
        return Map.of("pollBallots", array(ballots, r -> row().put("pollId", r[1])
                .put("question", r[2])
                .put("topicId", r[3])
                .put("choices", choices.getOrDefault(((Number) r[0]).longValue(), List.of()))
                .put("castAt", r[4])
                .put("changedAt", r[5])));
    }
}
