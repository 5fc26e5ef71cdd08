package org.policyforum.outcome.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.entity.RuleViolation;

class PolicyOutcomeTest {

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final Bureau BUREAU = new Bureau("교통정책과", "Transport Policy");

    static PolicyOutcome outcome() {
        return new PolicyOutcome(SourceKind.TOPIC, 7, "심야 버스", "topics/7", 2026, BUREAU, "검토 중입니다", 10, NOW);
    }

    @Test
    void aNewOutcomeIsUnderReviewWithItsOwnProgress() {
        PolicyOutcome outcome = outcome();
        assertEquals(OutcomeStatus.REVIEWING, outcome.getStatus());
        assertEquals(10, outcome.getProgress());
        assertFalse(outcome.isRolledUp());
        assertEquals(NOW, outcome.getUpdatedAt());
    }

    @Test
    void onlyTheListedStatusMovesArePossible() {
        for (OutcomeStatus from : OutcomeStatus.values()) {
            for (OutcomeStatus to : OutcomeStatus.values()) {
                boolean legal = from.canMoveTo(to);
                assertEquals(legal, from.next().contains(to));
            }
        }
        assertEquals(
                Set.of(OutcomeStatus.REFLECTED, OutcomeStatus.PARTLY_REFLECTED, OutcomeStatus.NOT_REFLECTED),
                OutcomeStatus.REVIEWING.next());
        assertTrue(OutcomeStatus.IMPLEMENTED.next().isEmpty(), "implemented is the end");
        assertEquals(Set.of(OutcomeStatus.REVIEWING), OutcomeStatus.NOT_REFLECTED.next());

        PolicyOutcome outcome = outcome();
        RuleViolation illegal = assertThrows(RuleViolation.class, () -> outcome.moveTo(OutcomeStatus.IMPLEMENTED, NOW));
        assertEquals("outcome.status.illegalMove", illegal.messageKey());
        assertEquals("status", illegal.field());
        assertEquals(OutcomeStatus.REVIEWING, outcome.getStatus());
        assertFalse(outcome.moveTo(OutcomeStatus.REVIEWING, NOW), "the same status is no move");
        assertTrue(outcome.moveTo(OutcomeStatus.REFLECTED, NOW));
        assertTrue(outcome.moveTo(OutcomeStatus.IMPLEMENTED, NOW));
        assertEquals(100, outcome.getProgress(), "implemented is done");
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() {
        PolicyOutcome outcome = outcome();
        for (int wrong : new int[] {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> outcome.revise("요약", BUREAU, wrong, NOW));
            assertEquals("outcome.progress.range", refused.messageKey());
            assertEquals("progress", refused.field());
        }
        assertEquals(10, outcome.getProgress());
        outcome.revise("요약", BUREAU, 0, NOW);
        outcome.revise("요약", BUREAU, 100, NOW);
        assertEquals(100, outcome.getProgress());
        assertThrows(RuleViolation.class, () -> outcome.addResult("일부", 101, 1, NOW));
        assertThrows(RuleViolation.class, () -> outcome.addResult("일부", 50, 0, NOW));
        assertThrows(RuleViolation.class, () -> outcome.addResult("일부", 50, 101, NOW));
    }

    @Test
    void subResultsRollUpAsTheirWeightedMean() {
        PolicyOutcome outcome = outcome();
        outcome.addResult("노선 신설", 100, 1, NOW);
        assertEquals(100, outcome.getProgress());
        outcome.addResult("정류장 정비", 0, 1, NOW);
        assertEquals(50, outcome.getProgress(), "equal weights: the plain mean, as Decidim");
        outcome.addResult("배차 조정", 50, 2, NOW);
        // (100*1 + 0*1 + 50*2) / 4 = 50
        assertEquals(50, outcome.getProgress());
        assertTrue(outcome.isRolledUp());
        assertEquals(33, PolicyOutcome.rollUp(List.of(result(outcome, 0, 2), result(outcome, 100, 1))));
        // halves round up: (1*1 + 0*1) / 2 = 0.5 -> 1
        assertEquals(1, PolicyOutcome.rollUp(List.of(result(outcome, 1, 1), result(outcome, 0, 1))));
        assertEquals(0, PolicyOutcome.rollUp(List.of()));

        RuleViolation own = assertThrows(RuleViolation.class, () -> outcome.revise("요약", BUREAU, 80, NOW));
        assertEquals("outcome.progress.rolledUp", own.messageKey());
        outcome.revise("요약", BUREAU, null, NOW);
        assertEquals(50, outcome.getProgress());

        RuleViolation unfinished = assertThrows(RuleViolation.class, () -> {
            outcome.moveTo(OutcomeStatus.REFLECTED, NOW);
            outcome.moveTo(OutcomeStatus.IMPLEMENTED, NOW);
        });
        assertEquals("outcome.status.unfinishedResults", unfinished.messageKey());
    }

    @Test
    void theNewestTimelineEntryIsKeptOnTheOutcome() {
        PolicyOutcome outcome = outcome();
        assertEquals(null, outcome.getLatestOn());
        outcome.addEntry(LocalDate.of(2026, 10, 1), "예산 편성", List.of(), 1L, NOW);
        outcome.addEntry(LocalDate.of(2026, 11, 20), "시범 운행 결정", List.of(), 1L, NOW.plusSeconds(1));
        outcome.addEntry(LocalDate.of(2026, 9, 1), "부서 검토 시작", List.of(), 1L, NOW.plusSeconds(2));
        assertEquals(LocalDate.of(2026, 11, 20), outcome.getLatestOn());
        assertEquals("시범 운행 결정", outcome.getLatestText());
        assertEquals(
                List.of("시범 운행 결정", "예산 편성", "부서 검토 시작"),
                outcome.getEntries().stream().map(TimelineEntry::getBody).toList());

        RuleViolation empty = assertThrows(
                RuleViolation.class, () -> outcome.addEntry(LocalDate.of(2026, 9, 1), " ", List.of(), 1L, NOW));
        assertEquals("outcome.entry.body.required", empty.messageKey());
        RuleViolation noDate =
                assertThrows(RuleViolation.class, () -> outcome.addEntry(null, "내용", List.of(), 1L, NOW));
        assertEquals("outcome.entry.date.required", noDate.messageKey());
        RuleViolation tooLong = assertThrows(
                RuleViolation.class,
                () -> outcome.addEntry(LocalDate.of(2026, 9, 1), "가".repeat(2001), List.of(), 1L, NOW));
        assertEquals("outcome.entry.body.tooLong", tooLong.messageKey());
    }

    @Test
    void linksAreHttpOrHttpsAddressesWithAHost() {
        assertEquals(
                "https://news.seoul.go.kr/traffic/archives/1",
                DocumentLink.of("보도자료", "  https://news.seoul.go.kr/traffic/archives/1 ")
                        .getUrl());
        assertEquals(
                "http://example.org",
                DocumentLink.of("문서", "http://example.org").getUrl());
        assertEquals(
                "HTTPS://EXAMPLE.ORG/A",
                DocumentLink.of("문서", "HTTPS://EXAMPLE.ORG/A").getUrl());
        for (String wrong : new String[] {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "ftp://example.org/file",
            "//example.org/path",
            "/relative/path",
            "https://",
            "https:///nohost",
            "https://user:pw@example.org/",
            "https://example.org/a b",
            "https://example.org/\u0000",
            "java\tscript:alert(1)",
            "",
            "https://example.org/" + "a".repeat(500)
        }) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> DocumentLink.of("문서", wrong), () -> wrong);
            assertEquals("outcome.link.invalid", refused.messageKey(), wrong);
            assertEquals("links", refused.field());
        }
        assertThrows(RuleViolation.class, () -> DocumentLink.of(" ", "https://example.org"));
    }

    @Test
    void theSummaryIsRequiredAndBounded() {
        PolicyOutcome outcome = outcome();
        assertEquals(
                "outcome.summary.required",
                assertThrows(RuleViolation.class, () -> outcome.revise("  ", BUREAU, 1, NOW))
                        .messageKey());
        assertEquals(
                "outcome.summary.tooLong",
                assertThrows(RuleViolation.class, () -> outcome.revise("가".repeat(4001), BUREAU, 1, NOW))
                        .messageKey());
        assertEquals(
                "outcome.bureau.required",
                assertThrows(RuleViolation.class, () -> outcome.revise("요약", null, 1, NOW))
                        .messageKey());
        assertEquals("검토 중입니다", outcome.getSummary());
    }

    private static SubResult result(PolicyOutcome outcome, int progress, int weight) {
        return new SubResult(outcome, 1, "부분", progress, weight);
    }
}
