package org.policyforum.report.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.poll.boundary.PollTotals.Totals;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.TopicState;

/**
 * A topic's monthly report as its bureau files it (printable page and PDF): plain values only, read through the
 * features' boundaries. {@code participants} is null when fewer people than the organisation's smallest group took
 * part (the page says "fewer than N"), so that no count of people under the setting leaves the boundary.
 */
public record TopicReport(
        long topicId,
        String title,
        String summary,
        Forum forum,
        YearMonth month,
        String bureauKo,
        String bureauEn,
        TopicState state,
        Instant opensAt,
        Instant closesAt,
        Figures figures,
        List<Row> pro,
        List<Row> con,
        Totals poll,
        List<Brief> briefs,
        List<Winner> winners,
        Outcome outcome,
        Instant madeAt) {

    /** How many took part: items written, reactions, ballots, and distinct people (null: under the smallest group). */
    public record Figures(
            long opinions, long comments, long reactions, long ballots, Long participants, int smallestGroup) {}

    public record Brief(Stance stance, String expert, String affiliation, String title, String body) {}

    /** {@code jury}: CITIZENS or OFFICIALS. */
    public record Winner(String jury, int place, String name, String excerpt) {}

    public record Outcome(String status, String summary, int progress, List<Entry> latest) {}

    public record Entry(LocalDate date, String body) {}

    public boolean hasPoll() {
        return poll != null;
    }

    public boolean hasOutcome() {
        return outcome != null;
    }
}
