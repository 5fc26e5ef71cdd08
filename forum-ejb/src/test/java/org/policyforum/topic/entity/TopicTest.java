package org.policyforum.topic.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TopicTest {

    static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    static Topic draft() {
        return new Topic(
                Forum.MAIN,
                YearMonth.of(2026, 12),
                "제목",
                "요약",
                "<p>배경</p>",
                null,
                NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)),
                NOW);
    }

    @Test
    void followsTheLegalPathOnly() {
        Topic topic = draft();
        assertThrows(IllegalStateException.class, () -> topic.open(NOW), "a draft is scheduled first");
        assertThrows(IllegalStateException.class, () -> topic.close(NOW));
        topic.schedule();
        assertEquals(TopicState.SCHEDULED, topic.getState());
        topic.open(NOW.plus(Duration.ofDays(1)));
        assertThrows(IllegalStateException.class, topic::schedule);
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThrows(IllegalStateException.class, () -> topic.markAnswered("답변", day), "answered only after closing");
        topic.close(NOW.plus(Duration.ofDays(30)));
        assertThrows(IllegalArgumentException.class, () -> topic.markAnswered(" ", day), "not without the answer");
        assertThrows(IllegalArgumentException.class, () -> topic.markAnswered("답변", null), "not without its day");
        assertEquals(TopicState.CLOSED, topic.getState());
        topic.markAnswered(" 시범 운행합니다. ", day);
        assertEquals(TopicState.ANSWERED, topic.getState());
        assertEquals("시범 운행합니다.", topic.getAnswer());
        assertEquals(day, topic.getAnsweredOn());
        assertTrue(TopicState.ANSWERED.next().isEmpty());
    }

    @Test
    void takesOpinionsOnlyWhileOpenAndBeforeClosing() {
        Topic topic = draft();
        topic.schedule();
        assertFalse(topic.acceptsOpinions(NOW.plus(Duration.ofDays(2))), "scheduled is not open");
        topic.open(NOW.plus(Duration.ofDays(1)));
        assertTrue(topic.acceptsOpinions(NOW.plus(Duration.ofDays(2))));
        assertFalse(topic.acceptsOpinions(NOW.plus(Duration.ofDays(30))), "its closing time has come");
        topic.close(NOW.plus(Duration.ofDays(3)));
        assertFalse(topic.acceptsOpinions(NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void openingEarlyByHandMovesTheOpeningTime() {
        Topic topic = draft();
        topic.schedule();
        topic.open(NOW);
        assertEquals(NOW, topic.getOpensAt());
        assertTrue(topic.acceptsOpinions(NOW));
    }

    @Test
    void aPublicTopicIsNotRevisedAndTimesMustMakeSense() {
        Topic topic = draft();
        assertThrows(
                IllegalArgumentException.class,
                () -> topic.revise("t", "s", "b", null, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1))));
        topic.schedule();
        topic.open(NOW);
        assertThrows(
                IllegalStateException.class,
                () -> topic.revise("t", "s", "b", null, NOW, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void expertBriefsTakeASide() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExpertOpinion(draft(), Stance.NEUTRAL, "김", null, "t", "b", null, NOW));
    }
}
