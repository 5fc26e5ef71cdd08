package org.policyforum.web.admin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.entity.RuleViolation;

class TopicReportDownloadsTest {

    @Test
    void aWriteThatFailedInsideTheBoundaryIsTheClientsLeavingNotAnError() {
        var broken = new EJBException(new UncheckedIOException(new IOException("Broken pipe")));
        assertTrue(TopicReportDownloads.writeFailed(broken));
        assertTrue(TopicReportDownloads.writeFailed(new IOException("Connection reset by peer")));
        assertFalse(TopicReportDownloads.writeFailed(new EJBException(new IllegalStateException("a bug"))));
        assertFalse(TopicReportDownloads.writeFailed(RuleViolation.of("notFound")));
    }

    @Test
    void onlyATopicIdOfDigitsIsRead() {
        assertEquals(12L, TopicReportDownloads.id("12"));
        assertThrows(RuleViolation.class, () -> TopicReportDownloads.id("12; DROP"));
        assertThrows(RuleViolation.class, () -> TopicReportDownloads.id("1".repeat(19)));
        assertThrows(RuleViolation.class, () -> TopicReportDownloads.id(null));
        assertEquals("topic-12-2026-11.csv", TopicReportDownloads.name(12, YearMonth.of(2026, 11), "csv"));
    }
}
