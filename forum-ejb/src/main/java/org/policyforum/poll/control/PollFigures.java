package org.policyforum.poll.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.control.DayBuckets;
import org.policyforum.platform.control.MonthBuckets;

/**
 * The ballots of the polls beside a topic in figures, for the officials' dashboard (the report feature composes
 * them): ballots per day (by when they were cast) and how many members voted; for the site overview, ballots per
 * month and who voted lately. Grouped in SQL.
 */
@Dependent
public class PollFigures {

    /** The members who cast or changed a ballot since the moment bound to {@code ?1}, one column {@code m} (SQL). */
    public static final String TOOK_PART_SINCE = "SELECT member_id AS m FROM ballot WHERE changed_at >= ?1";

    private static final String OF_TOPIC = " FROM ballot b JOIN poll p ON p.id = b.poll_id WHERE p.topic_id = ?1";

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Map<LocalDate, Long> ballotsPerDay(long topicId, ZoneId zone) {
        return DayBuckets.count(em, "b.cast_at", OF_TOPIC, topicId, zone);
    }

    /** Ballots of every poll per month of {@code months} (consecutive, oldest first), by when they were cast. */
    public Map<YearMonth, Long> ballotsPerMonth(List<YearMonth> months, ZoneId zone) {
        return MonthBuckets.count(em, "b.cast_at", "FROM ballot b", months, zone);
    }

    /** Members who cast a ballot in a poll beside the topic. */
    public long voters(long topicId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT b.member_id)" + OF_TOPIC)
                        .setParameter(1, topicId)
                        .getSingleResult())
                .longValue();
    }
}
