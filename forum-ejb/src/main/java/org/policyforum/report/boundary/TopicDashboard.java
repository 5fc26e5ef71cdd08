package org.policyforum.report.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policyforum.report.entity.BreakdownCell;
import org.policyforum.topic.entity.Stance;

/**
 * A topic's dashboard for the officials of its bureau: participation per day, the stance split, how many took part
 * (and how many of them had taken part before), the most agreed opinions of each stance, and the participants and
 * the stances by age band and district with small groups suppressed.
 *
 * @param participants members who wrote an opinion or a comment or reacted
 * @param returning    of those, the ones who had taken part in a topic that opened earlier
 * @param voters       members who cast a ballot in a poll beside the topic
 * @param stanceCells  opinion authors by stance (the option) and group
 * @param peopleCells  participants by group (option "ALL")
 */
public record TopicDashboard(
        long topicId,
        String title,
        List<Day> days,
        Map<Stance, Long> stances,
        long participants,
        long returning,
        long voters,
        List<Agreed> mostAgreed,
        List<BreakdownCell> stanceCells,
        List<BreakdownCell> peopleCells,
        int smallest) {

    /** One day's participation on the organisation's calendar. */
    public record Day(LocalDate day, long opinions, long comments, long reactions, long ballots) {}

    /** One of the most agreed opinions of a stance. */
    public record Agreed(long opinionId, Stance stance, String body, long agrees) {}
}
