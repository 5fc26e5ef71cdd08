package org.policyforum.poll.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.policyforum.platform.control.DayBuckets;

/**
 * The ballots of the polls beside a topic in figures, for the officials' dashboard (the report feature composes
 * them): ballots per day (by when they were cast) and how many members voted. Grouped in SQL.
 */
@Dependent
public class PollFigures {

    private static final String OF_TOPIC = " FROM ballot b JOIN poll p ON p.id = b.poll_id WHERE p.topic_id = ?1";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<LocalDate, Long> ballotsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(em, "b.cast_at", OF_TOPIC, topicId, zone);
    }

    /** Members who cast a ballot in a poll beside the topic. */
    public long voters(long topicId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT b.member_id)" + OF_TOPIC)
                        .setParameter(1, topicId)
                        .getSingleResult())
                .longValue();
    }
}
