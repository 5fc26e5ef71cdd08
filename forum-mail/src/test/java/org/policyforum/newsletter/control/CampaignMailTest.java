package org.policyforum.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyforum.newsletter.control.CampaignContent.TopicContent;

class CampaignMailTest {

    static final URI BASE = URI.create("https://forum.example.kr/");
    static final TopicContent MAIN =
            new TopicContent(7, "MAIN", "심야버스 <확대>", "요약 & 배경", List.of("찬성 제목"), List.of("반대 제목"), Optional.empty());

    @Test
    void koreanMailHasTheTopicTheBriefsTheLinkAndNoPollWhenThereIsNone() {
        CampaignMail mail = CampaignMail.render(Locale.KOREAN, List.of(MAIN), BASE)
                .forMember("https://forum.example.kr/mail/unsubscribe?token=1.2.x&y");

        assertEquals("[정책토론] 이달의 토론: 심야버스 <확대>", mail.subject());
        assertTrue(mail.text().contains("찬성:\n  - 찬성 제목") && mail.text().contains("반대:\n  - 반대 제목"), mail.text());
        assertTrue(mail.text().contains("https://forum.example.kr/topics/7"));
        assertFalse(mail.text().contains("투표"));
        assertTrue(mail.text().endsWith("https://forum.example.kr/mail/unsubscribe?token=1.2.x&y\n"));
        assertTrue(mail.html().contains("심야버스 &lt;확대&gt;") && mail.html().contains("요약 &amp; 배경"), "escaped");
        assertTrue(
                mail.html().contains("href=\"https://forum.example.kr/mail/unsubscribe?token=1.2.x&amp;y\""),
                mail.html());
    }

    @Test
    void englishMailWithAPollAndTheYouthTopic() {
        TopicContent withPoll = new TopicContent(
                7, "MAIN", "Night buses", "Summary", List.of(), List.of(), Optional.of("Every 15 minutes?"));
        TopicContent youth =
                new TopicContent(8, "YOUTH", "School lunches", "Youth summary", List.of(), List.of(), Optional.empty());
        CampaignMail mail = CampaignMail.render(Locale.ENGLISH, List.of(withPoll, youth), BASE)
                .forMember("u");

        assertEquals("[Policy Forum] This month's topic: Night buses", mail.subject());
        assertTrue(mail.text().contains("Poll: Every 15 minutes?"), mail.text());
        assertTrue(mail.text().contains("Youth Forum: School lunches"), mail.text());
        assertFalse(mail.text().contains("Pro:"), "no briefs, no heading");
        assertEquals("[Test] x", CampaignMail.testSubject(Locale.ENGLISH, "x"));
    }
}
