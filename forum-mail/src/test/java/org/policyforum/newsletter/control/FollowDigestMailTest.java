package org.policyforum.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.policyforum.newsletter.control.FollowDigestMail.IdeaActivity;
import org.policyforum.newsletter.control.FollowDigestMail.TopicActivity;
import org.policyforum.platform.control.MailPort;

class FollowDigestMailTest {

    private static final URI BASE = URI.create("https://forum.example/");
    private static final String STOP = "https://forum.example/mail/unsubscribe?list=digest&token=7.99.abc";
    private static final List<TopicActivity> TWO =
            List.of(new TopicActivity(7, "야간 버스", 3), new TopicActivity(9, "Parks & <trees>", 1));

    @Test
    void listsEachTopicWithItsCountAndLinkInTheMembersLanguage() {
        var ko = MailTemplates.render(
                MailPort.Kind.FOLLOW_DIGEST,
                Locale.KOREAN,
                FollowDigestMail.values(Locale.KOREAN, "홍길동", TWO, BASE, STOP));
        assertEquals("[정책토론] 팔로우하신 토론 2개에 새 의견이 올라왔습니다", ko.subject());
        assertTrue(ko.text().contains("■ 야간 버스: 새 의견 3건\nhttps://forum.example/topics/7"), ko.text());
        assertTrue(ko.text().contains("■ Parks & <trees>: 새 의견 1건\nhttps://forum.example/topics/9"), ko.text());
        assertTrue(ko.text().startsWith("홍길동님") && ko.text().contains("팔로우 중 (취소)"), "how to stop one topic");
        assertTrue(ko.text().contains("일일 알림 메일을 모두 그만 받으려면 (로그인 없이) 다음 주소를 여세요:\n" + STOP), "how to stop the digest");

        var en = MailTemplates.render(
                MailPort.Kind.FOLLOW_DIGEST,
                Locale.ENGLISH,
                FollowDigestMail.values(Locale.ENGLISH, "Hong", TWO.subList(0, 1), BASE, STOP));
        assertEquals("[Policy Forum] New opinions on 1 topic(s) you follow", en.subject());
        assertTrue(en.text().contains("■ 야간 버스: 3 new opinion(s)\nhttps://forum.example/topics/7"), en.text());
        assertTrue(en.text().contains("Following (stop)"), en.text());
        assertTrue(
                en.text()
                        .contains(
                                "daily digest of the topics and ideas you follow altogether (no login needed), open:\n"
                                        + STOP),
                en.text());
        assertFalse(en.text().contains("id=9"));
    }

    @Test
    void inHtmlTheTitlesAreEscapedAndTheAddressesAreLinks() {
        var html = MailTemplates.render(
                        MailPort.Kind.FOLLOW_DIGEST,
                        Locale.ENGLISH,
                        FollowDigestMail.values(Locale.ENGLISH, "<b>Hong</b>", TWO, BASE, STOP))
                .html();
        assertTrue(html.contains("Parks &amp; &lt;trees&gt;"), html);
        assertFalse(html.contains("<trees>") || html.contains("<b>"), html);
        assertTrue(
                html.contains("<a " + "href=\"https://forum.example/topics/7\">https://forum.example/topics/7</a>"),
                html);
        assertTrue(html.contains("<a href=\"https://forum.example/topics/9\">"), html);
        String escaped = STOP.replace("&", "&amp;");
        assertTrue(html.contains("<a href=\"" + escaped + "\">" + escaped + "</a>"), html);
    }

    @Test
    void aFollowedIdeaShowsOnlyWhatHappenedToIt() {
        var ideas =
                List.of(new IdeaActivity(11, "공원 음수대", "ACCEPTED", 1, 2), new IdeaActivity(12, "야간 도서관", null, 0, 4));
        var ko = MailTemplates.render(
                MailPort.Kind.FOLLOW_DIGEST,
                Locale.KOREAN,
                FollowDigestMail.values(Locale.KOREAN, "홍길동", TWO.subList(0, 1), ideas, BASE, STOP));
        assertEquals("[정책토론] 팔로우하신 토론 1개와 아이디어 2개에 새 소식이 있습니다", ko.subject());
        assertTrue(ko.text().contains("■ 야간 버스: 새 의견 3건\n"), ko.text());
        assertTrue(ko.text().contains("■ 공원 음수대: 상태: 채택, 새 답변 1건, 새 댓글 2건\nhttps://forum.example/ideas/11"), ko.text());
        assertTrue(ko.text().contains("■ 야간 도서관: 새 댓글 4건\nhttps://forum.example/ideas/12"), ko.text());
        var en = MailTemplates.render(
                MailPort.Kind.FOLLOW_DIGEST,
                Locale.ENGLISH,
                FollowDigestMail.values(Locale.ENGLISH, "Hong", List.of(), ideas.subList(0, 1), BASE, STOP));
        assertEquals("[Policy Forum] News on 1 idea(s) you follow", en.subject());
        assertTrue(en.text().contains("■ 공원 음수대: state: Accepted, 1 new answer(s), 2 new comment(s)\n"), en.text());
        assertFalse(en.text().contains("/topics/"), en.text());
    }

    @Test
    void aDigestWithoutTopicsIsAMistake() {
        assertThrows(
                IllegalArgumentException.class,
                () -> FollowDigestMail.values(Locale.KOREAN, "홍길동", List.of(), BASE, STOP));
    }
}
