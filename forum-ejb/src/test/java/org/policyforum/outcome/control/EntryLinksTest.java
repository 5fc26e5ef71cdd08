package org.policyforum.outcome.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.outcome.entity.DocumentLink;
import org.policyforum.platform.entity.RuleViolation;

class EntryLinksTest {

    @Test
    void oneLinkALineWithAnOptionalLabel() {
        List<DocumentLink> links =
                EntryLinks.parse("보도자료 | https://news.seoul.go.kr/1\r\n\nhttps://example.org/report.pdf\n");
        assertEquals(2, links.size());
        assertEquals("보도자료", links.get(0).getLabel());
        assertEquals("https://news.seoul.go.kr/1", links.get(0).getUrl());
        assertEquals("https://example.org/report.pdf", links.get(1).getLabel());
        assertEquals(List.of(), EntryLinks.parse("  \n "));
        assertEquals(List.of(), EntryLinks.parse(null));
        assertEquals(links, EntryLinks.parse(EntryLinks.format(links)));
    }

    @Test
    void scriptsResidentNumbersAndTooManyAreRefused() {
        assertEquals(
                "outcome.link.invalid",
                assertThrows(RuleViolation.class, () -> EntryLinks.parse("문서 | javascript:alert(1)"))
                        .messageKey());
        assertEquals(
                "input.residentNumber",
                assertThrows(RuleViolation.class, () -> EntryLinks.parse("900101-1234567 | https://example.org"))
                        .messageKey());
        assertEquals(
                "outcome.link.tooMany",
                assertThrows(RuleViolation.class, () -> EntryLinks.parse("https://example.org/\n".repeat(6)))
                        .messageKey());
    }
}
