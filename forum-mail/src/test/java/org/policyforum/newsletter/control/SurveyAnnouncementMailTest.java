package org.policyforum.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.newsletter.api.SurveyMailSource.Audience;
import org.policyforum.newsletter.api.SurveyMailSource.SurveyMail;
import org.policyforum.platform.entity.OrganisationSettings.BirthYears;

class SurveyAnnouncementMailTest {

    static final URI BASE = URI.create("https://forum.example.kr/");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 2026-12-20 14:59 UTC is 23:59 in Seoul: the close time is written in the organisation's zone. */
    static final Instant CLOSES = Instant.parse("2026-12-20T14:59:00Z");

    static SurveyMail survey(String intro) {
        return new SurveyMail(42, "참여 설문 <2026>", intro, CLOSES, true, Audience.ALL_MEMBERS, BirthYears.NONE, null);
    }

    @Test
    void koreanMailHasTitleIntroCloseTimeLinkAndTheMembersUnsubscribeLink() {
        CampaignMail mail = SurveyAnnouncementMail.render(Locale.KOREAN, survey("소개 & 안내"), BASE, SEOUL)
                .forMember("https://forum.example.kr/mail/unsubscribe?token=1.2.x&y");

        assertEquals("[정책토론] 설문에 참여해 주세요: 참여 설문 <2026>", mail.subject());
        assertTrue(mail.text().contains("소개 & 안내"), mail.text());
        assertTrue(mail.text().contains("마감: 2026-12-20 23:59"), mail.text());
        assertTrue(mail.text().contains("https://forum.example.kr/surveys/42"), mail.text());
        assertTrue(mail.text().endsWith("https://forum.example.kr/mail/unsubscribe?token=1.2.x&y\n"), mail.text());
        assertTrue(mail.html().contains("참여 설문 &lt;2026&gt;"), "escaped");
        assertTrue(mail.html().contains("소개 &amp; 안내"), "escaped");
        assertTrue(
                mail.html().contains("href=\"https://forum.example.kr/mail/unsubscribe?token=1.2.x&amp;y\""),
                mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"ko\">"));
    }

    @Test
    void englishMailWithoutAnIntroHasNoEmptyParagraph() {
        CampaignMail mail = SurveyAnnouncementMail.render(Locale.ENGLISH, survey(""), BASE, SEOUL);

        assertTrue(mail.subject().startsWith("[Policy Forum] Please take our survey: "), mail.subject());
        assertTrue(mail.text().contains("Closes: 2026-12-20 23:59"), mail.text());
        assertFalse(mail.html().contains("<p></p>"), mail.html());
        assertTrue(mail.html().contains(">Take the survey</a>"), mail.html());
    }
}
