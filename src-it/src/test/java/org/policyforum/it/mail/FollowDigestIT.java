package org.policyforum.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.MailCatcher.ReceivedMail;
import org.policyforum.it.Parallel;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.mail.MailRows.Person;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.MailConsentPort.Outcome;
import org.policyforum.newsletter.boundary.FollowDigestTimer;
import org.policyforum.newsletter.control.FollowDigestMail.TopicActivity;
import org.policyforum.newsletter.control.FollowDigestStore;
import org.policyforum.newsletter.control.FollowDigestStore.MemberDigest;
import org.policyforum.newsletter.control.UnsubscribeTokens;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The daily follow digest with a clock of the test's choosing: a day far in the future, so that the opinions the
 * test writes (with their own times) are the only new ones for its members. The mails are read at the run's
 * GreenMail; the outbox rows show what was never queued.
 */
@ExtendWith(ArquillianExtension.class)
class FollowDigestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(FollowDigestIT.class, MailRows.class, MailRows.Person.class);
    }

    @Inject
    FollowDigestTimer timer;

    @Inject
    FollowDigestStore store;

    @Inject
    CampaignPort campaigns;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MyAccount myAccount;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Inject
    MailConsentPort consent;

    @Inject
    UnsubscribeTokens tokens;

    long operator;
    ZoneId zone;
    LocalDate day;

    @BeforeEach
    void operatorAndAFreshDay() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        zone = ZoneId.of((String) MailRows.query("SELECT time_zone FROM organisation_settings WHERE id = 1")
                .get(0)
                .get(0));
        // the test moves the forum's clock to a day of the last months (its mails, stamped then, are due to the
        // outbox at once and their links still valid); earlier runs' records of that day go (PostgreSQL keeps them)
        day = LocalDate.now(zone).minusDays(10 + ThreadLocalRandom.current().nextInt(150));
        MailRows.update(
                "DELETE FROM follow_digest_run WHERE digest_day BETWEEN ? AND ?",
                Date.valueOf(day),
                Date.valueOf(day.plusDays(2)));
        asOperator(() -> {
            timer.changeSchedule(8, 0, true);
            return null;
        });
    }

    @Test
    void oneDigestPerMemberAndDayWithTheTopicsThatGotOpinionsOfOthers() throws Exception {
        String run = Fixtures.unique();
        String ko = "ko-" + run + "@digest.test";
        String en = "en-" + run + "@digest.test";
        String unconfirmed = "unconfirmed-" + run + "@digest.test";
        String closed = "closed-" + run + "@digest.test";
        String quiet = "quiet-" + run + "@digest.test";
        List<Long> ids = MailRows.members(List.of(
                Person.ok(ko),
                new Person(en, false, true, "ACTIVE", "en", 1990),
                new Person(unconfirmed, true, false, "ACTIVE", "ko", 1980),
                new Person(closed, true, true, "CLOSED", "ko", 1980),
                Person.ok(quiet),
                Person.ok("writer1-" + run + "@digest.test"),
                Person.ok("writer2-" + run + "@digest.test")));
        long reader = ids.get(0);
        long english = ids.get(1);
        long writer1 = ids.get(5);
        long writer2 = ids.get(6);
        long busy = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long calm = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long ownOnly = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long silent = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        String busyTitle = title(busy);
        String calmTitle = title(calm);
        String ownOnlyTitle = title(ownOnly);

        Instant followed = at(day.minusDays(2), 0, 0);
        for (long topic : List.of(busy, calm, ownOnly)) {
            MailRows.follow(reader, topic, followed);
        }
        for (long member : List.of(english, ids.get(2), ids.get(3))) {
            MailRows.follow(member, busy, followed);
        }
        MailRows.follow(ids.get(4), silent, followed);
        Instant yesterday = at(day.minusDays(1), 10, 0);
        MailRows.opinion(busy, writer1, "VISIBLE", yesterday);
        MailRows.opinion(busy, writer1, "VISIBLE", yesterday.plusSeconds(60));
        MailRows.opinion(busy, writer2, "VISIBLE", yesterday.plusSeconds(120));
        MailRows.opinion(busy, writer2, "HIDDEN", yesterday.plusSeconds(180));
        MailRows.opinion(busy, writer2, "WITHDRAWN", yesterday.plusSeconds(190));
        MailRows.opinion(busy, reader, "VISIBLE", yesterday.plusSeconds(240));
        MailRows.opinion(calm, writer1, "VISIBLE", followed.minusSeconds(3600));
        MailRows.opinion(calm, writer2, "VISIBLE", yesterday);
        MailRows.opinion(ownOnly, reader, "VISIBLE", yesterday);
        // written after the first digest went out: tomorrow's news
        MailRows.opinion(busy, writer1, "VISIBLE", at(day, 9, 0));
        MailRows.opinion(calm, writer2, "VISIBLE", at(day.plusDays(1), 7, 0));
        MailRows.opinion(calm, writer2, "VISIBLE", at(day.plusDays(1), 9, 0));

        assertEquals(Optional.empty(), fire(at(day, 7, 59)), "not before 08:00 in the organisation's time zone");
        Optional<Long> first = fire(at(day, 8, 0));
        assertTrue(first.isPresent() && first.get() >= 2, () -> "due at 08:00: " + first);

        ReceivedMail korean = MailCatcher.awaitMessageTo(ko);
        assertEquals("[정책토론] 팔로우하신 토론 2개에 새 의견이 올라왔습니다", korean.subject());
        assertTrue(text(korean).contains("■ " + busyTitle + ": 새 의견 3건\n"), text(korean));
        assertTrue(text(korean).contains("■ " + calmTitle + ": 새 의견 1건\n"), text(korean));
        assertFalse(text(korean).contains(ownOnlyTitle), "own opinions are not news");
        assertTrue(text(korean).contains("/topics/" + busy) && korean.html().contains("href=\"http"), korean.html());
        assertTrue(text(korean).contains("팔로우 중 (취소)"), "how to stop");
        ReceivedMail english1 = MailCatcher.awaitMessageTo(en);
        assertEquals("[Policy Forum] New opinions on 1 topic(s) you follow", english1.subject());
        assertTrue(text(english1).contains("■ " + busyTitle + ": 4 new opinion(s)\n"), text(english1));
        assertTrue(text(english1).contains("Following (stop)"), text(english1));
        for (String nobody : List.of(unconfirmed, closed, quiet)) {
            assertEquals(0, queued(nobody), nobody);
        }

        assertEquals(Optional.empty(), fire(at(day, 8, 5)), "the day's run went through");
        // even a run that starts the day over (a crash before it finished, a second server) mails nobody twice
        MailRows.update("UPDATE follow_digest_run SET finished_at = NULL WHERE digest_day = ?", Date.valueOf(day));
        assertEquals(Optional.of(0L), fire(at(day, 8, 10)));
        assertEquals(1, queued(ko));
        assertEquals(1, queued(en));

        Optional<Long> next = fire(at(day.plusDays(1), 8, 0));
        assertTrue(next.isPresent() && next.get() >= 2, () -> "the next day: " + next);
        List<ReceivedMail> koMails = MailCatcher.awaitMessagesTo(ko, 2, MailCatcher.DEFAULT_TIMEOUT);
        ReceivedMail second = koMails.get(1);
        assertTrue(text(second).contains("■ " + busyTitle + ": 새 의견 1건\n"), text(second));
        assertTrue(text(second).contains("■ " + calmTitle + ": 새 의견 1건\n"), text(second));
        ReceivedMail english2 =
                MailCatcher.awaitMessagesTo(en, 2, MailCatcher.DEFAULT_TIMEOUT).get(1);
        assertTrue(text(english2).contains("■ " + busyTitle + ": 1 new opinion(s)\n"), text(english2));
        assertEquals(2, queued(ko));
        assertEquals(2, queued(en));
        for (String nobody : List.of(unconfirmed, closed, quiet)) {
            assertEquals(0, queued(nobody), nobody);
            assertEquals(List.of(), MailCatcher.messagesTo(nobody), nobody);
        }
        assertEquals(2, MailCatcher.messagesTo(ko).size(), "exactly one mail per digest day");
    }

    @Test
    @ExactlyOnce
    void followersOverSeveralPagesEachGetTheirDigestOnce() throws Exception {
        String run = Fixtures.unique();
        // more than two of the run's pages of 200 followers; few enough that the outbox is drained in half a minute
        int count = 450;
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(Person.ok("page-" + i + "-" + run + "@digest.test"));
        }
        List<Long> followers = MailRows.members(people);
        long writer = MailRows.members(List.of(Person.ok("page-writer-" + run + "@digest.test")))
                .get(0);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        MailRows.update(
                "INSERT INTO topic_follow (member_id, topic_id, created_at) SELECT id, ?, ? FROM member WHERE "
                        + "email LIKE ?",
                topic,
                Timestamp.from(at(day.minusDays(1), 0, 0)),
                "page-%-" + run + "@digest.test");
        MailRows.opinion(topic, writer, "VISIBLE", at(day.minusDays(1), 12, 0));

        Optional<Long> fired = fire(at(day, 8, 0));
        assertTrue(fired.isPresent() && fired.get() >= count, () -> "every follower: " + fired);
        List<List<Object>> rows = MailRows.query(
                "SELECT COUNT(*), COUNT(DISTINCT member_id), MIN(member_id), MAX(member_id) FROM follow_digest"
                        + " WHERE digest_day = ? AND member_id BETWEEN ? AND ?",
                Date.valueOf(day),
                followers.get(0),
                followers.get(count - 1));
        assertEquals(
                List.of((long) count, (long) count, followers.get(0), followers.get(count - 1)),
                rows.get(0).stream().map(v -> ((Number) v).longValue()).toList());
        assertEquals(0, queued("page-writer-" + run + "@digest.test"), "the writer follows nothing");
        assertEquals(1, queued("page-0-" + run + "@digest.test"));
        assertEquals(1, queued("page-" + (count - 1) + "-" + run + "@digest.test"));
        // the outbox sends in order: once the last one is there, no backlog is left to slow the next test class's mail
        assertEquals(
                "[정책토론] 팔로우하신 토론 1개에 새 의견이 올라왔습니다",
                MailCatcher.awaitMessageTo("page-" + (count - 1) + "-" + run + "@digest.test", Duration.ofSeconds(120))
                        .subject());
    }

    @Test
    @ExactlyOnce
    void twentyRunsAtOnceMailEachMemberOnceBecauseTheKeySaysSo() throws Exception {
        String run = Fixtures.unique();
        List<String> addresses = List.of("race-a-" + run + "@digest.test", "race-b-" + run + "@digest.test");
        List<Long> ids = MailRows.members(addresses.stream().map(Person::ok).toList());
        List<MemberDigest> page = List.of(
                new MemberDigest(ids.get(0), addresses.get(0), "ko", "가", List.of(new TopicActivity(1, "경쟁", 2))),
                new MemberDigest(ids.get(1), addresses.get(1), "en", "B", List.of(new TopicActivity(1, "Race", 1))));
        Instant until = at(day, 8, 0);
        URI base = URI.create("http://localhost:8080/");
        // what two servers do when they reach the same page together: the page at once, or member by member
        List<String> results = Parallel.outcomes(executor, 20, i -> () -> {
            try {
                return i % 2 == 0
                        ? "page:" + store.deliverAll(page, day, until, base)
                        : "one:" + store.deliver(page.get(0), day, until, base);
            } catch (EJBException refusedByTheKey) {
                return "rolled back";
            }
        });
        long pagesWritten = results.stream()
                .filter(r -> r.startsWith("page:") && !r.equals("page:0"))
                .count();
        long singlesWritten = results.stream().filter("one:true"::equals).count();
        assertTrue(pagesWritten + singlesWritten >= 1 && pagesWritten <= 1 && singlesWritten <= 1, results::toString);
        for (long member : ids) {
            assertEquals(
                    1L,
                    ((Number) MailRows.query(
                                            "SELECT COUNT(*) FROM follow_digest WHERE member_id = ? AND digest_day = ?",
                                            member,
                                            Date.valueOf(day))
                                    .get(0)
                                    .get(0))
                            .longValue(),
                    results::toString);
        }
        assertEquals(1, queued(addresses.get(0)), results::toString);
        assertEquals(1, queued(addresses.get(1)), results::toString);
    }

    @Test
    void theScheduleIsTheOrganisationsTimeAndCanBeTurnedOffInTheConsole() throws Exception {
        asOperator(() -> {
            campaigns.changeDigestSchedule(new CampaignPort.DigestSchedule(18, 30, true));
            return null;
        });
        assertEquals(new CampaignPort.DigestSchedule(18, 30, true), asOperator(campaigns::digestSchedule));
        assertEquals(Optional.empty(), fire(at(day, 18, 29)));
        assertTrue(fire(at(day, 18, 30)).isPresent());
        asOperator(() -> {
            campaigns.changeDigestSchedule(new CampaignPort.DigestSchedule(8, 0, false));
            return null;
        });
        assertEquals(Optional.empty(), fire(at(day.plusDays(1), 12, 0)), "turned off");
        RuleViolation wrong = assertThrows(
                RuleViolation.class,
                () -> asOperator(() -> {
                    campaigns.changeDigestSchedule(new CampaignPort.DigestSchedule(24, 0, true));
                    return null;
                }));
        assertEquals("campaign.schedule.time", wrong.messageKey());
        assertEquals(
                new CampaignPort.DigestSchedule(8, 0, false), asOperator(campaigns::digestSchedule), "nothing changed");
        var audit = MailRows.query(
                "SELECT detail FROM audit_entry WHERE action = 'digest.schedule' AND actor_id = ? ORDER BY id",
                operator);
        assertEquals(
                List.of("08:00 on", "18:30 on", "08:00 off"),
                audit.stream().map(r -> r.get(0)).toList());
    }

    @Test
    void theDigestCarriesAOneClickStopForTheDigestAloneAndTheAccountTurnsItBackOn() throws Exception {
        String run = Fixtures.unique();
        String stopper = "stopper-" + run + "@digest.test";
        String other = "other-" + run + "@digest.test";
        List<Long> ids = MailRows.members(List.of(
                Person.ok(stopper),
                new Person(other, true, true, "ACTIVE", "en", 1990),
                Person.ok("stop-writer-" + run + "@digest.test")));
        long member = ids.get(0);
        long writer = ids.get(2);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        for (long follower : ids.subList(0, 2)) {
            MailRows.follow(follower, topic, at(day.minusDays(2), 0, 0));
        }
        for (int d = 0; d < 3; d++) {
            MailRows.opinion(topic, writer, "VISIBLE", at(day.plusDays(d - 1), 12, 0));
        }
        assertTrue(fire(at(day, 8, 0)).isPresent());

        ReceivedMail mail = MailCatcher.awaitMessageTo(stopper);
        assertEquals(1, mail.listUnsubscribe().size(), mail.listUnsubscribe()::toString);
        String header = mail.listUnsubscribe().get(0);
        assertTrue(
                header.matches(
                        "<https?://[^>]+/mail/unsubscribe\\?list=digest&token=" + member + "\\.[0-9]+\\.[0-9a-f]{32}>"),
                header);
        assertEquals(List.of("List-Unsubscribe=One-Click"), mail.listUnsubscribePost());
        String link = header.substring(1, header.length() - 1);
        assertTrue(text(mail).contains(link), "the same link in the text: " + text(mail));
        assertTrue(mail.html().contains("href=\"" + link.replace("&", "&amp;") + "\""), mail.html());
        assertEquals(
                0L,
                ((Number) MailRows.query("SELECT COUNT(*) FROM outbox_mail WHERE kind NOT IN ('FOLLOW_DIGEST', "
                                        + "'OUTCOME_NEWS', 'IDEA_ANSWERED') AND unsubscribe_url IS NOT NULL")
                                .get(0)
                                .get(0))
                        .longValue(),
                "only mail sent under a consent carries a link: transactional mail cannot be unsubscribed from");

        String digestToken = URI.create(link).getRawQuery().replaceFirst("^list=digest&token=", "");
        String campaignToken =
                tokens.issue(MailList.CAMPAIGN, member, Instant.now().plus(Duration.ofDays(1)));
        String forged = (member + 1) + digestToken.substring(digestToken.indexOf('.'));
        // a campaign link cannot stop the digest, nor a digest link the campaign, nor a forged or expired one anything
        assertEquals("INVALID", oneClick("list=digest&token=" + campaignToken, 400));
        assertEquals("INVALID", oneClick("token=" + digestToken, 400));
        assertEquals("INVALID", oneClick("list=campaign&token=" + digestToken, 400));
        assertEquals("INVALID", oneClick("list=digest&token=" + forged, 400));
        assertEquals("INVALID", oneClick("list=everything&token=" + digestToken, 400));
        assertEquals(
                Outcome.EXPIRED,
                consent.unsubscribe(
                        MailList.DIGEST,
                        tokens.issue(MailList.DIGEST, member, Instant.now().minusSeconds(60))));
        assertEquals(List.of(true, true), consents(member), "nothing changed");
        // a browser (or a link scanner) that opens the link is only asked
        HttpResponse<String> opened = http(HttpRequest.newBuilder(local(link)).GET());
        assertEquals(302, opened.statusCode());
        assertTrue(
                opened.headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .contains("/unsubscribe?list=digest&token=" + digestToken),
                opened.headers().map()::toString);
        HttpResponse<String> page = http(HttpRequest.newBuilder(
                        local(opened.headers().firstValue("Location").orElseThrow()))
                .GET());
        assertTrue(
                page.body().contains("id=\"unsubscribe:confirm\"")
                        && page.body().contains("월간 주제 메일에는 영향이 없습니다"),
                page.body());
        assertEquals(List.of(true, true), consents(member), "opening the link and its page changes nothing");

        // RFC 8058: the mail client posts to the header's address, no login, no page
        assertEquals("UNSUBSCRIBED", oneClick(URI.create(link).getRawQuery(), 200));
        assertEquals(List.of(false, true), consents(member), "the digest stops; the monthly topic mail does not");
        assertEquals("ALREADY_UNSUBSCRIBED", oneClick(URI.create(link).getRawQuery(), 200));
        assertEquals(
                1L,
                ((Number) MailRows.query("SELECT COUNT(*) FROM topic_follow WHERE member_id = ?", member)
                                .get(0)
                                .get(0))
                        .longValue(),
                "the member still follows the topic");

        assertTrue(fire(at(day.plusDays(1), 8, 0)).isPresent());
        MailCatcher.awaitMessagesTo(other, 2, MailCatcher.DEFAULT_TIMEOUT);
        assertEquals(1, queued(stopper), "no digest the next day");
        assertEquals(2, queued(other), "the others still get theirs");

        Identities.run(member, Set.of("CITIZEN"), () -> myAccount.changeFollowDigest(true));
        assertEquals(List.of(true, true), consents(member));
        assertTrue(fire(at(day.plusDays(2), 8, 0)).isPresent());
        assertEquals(2, queued(stopper), "back on from the account page");
        assertEquals(
                2,
                MailCatcher.awaitMessagesTo(stopper, 2, MailCatcher.DEFAULT_TIMEOUT)
                        .size());
    }

    /**
     * Followers of an idea get its news in the same digest, under the same consent: its moves, answers and the
     * visible comments of others since they began to follow (then since their previous digest).
     */
    @Test
    void followersOfAnIdeaGetItsMovesAnswersAndOthersComments() throws Exception {
        String run = Fixtures.unique();
        String ko = "idea-ko-" + run + "@digest.test";
        String en = "idea-en-" + run + "@digest.test";
        String stopped = "idea-stopped-" + run + "@digest.test";
        List<Long> ids = MailRows.members(List.of(
                Person.ok(ko),
                new Person(en, false, true, "ACTIVE", "en", 1990),
                Person.ok(stopped),
                Person.ok("idea-writer-" + run + "@digest.test")));
        long reader = ids.get(0);
        long writer = ids.get(3);
        MailRows.update("UPDATE member SET follow_digest = FALSE WHERE id = ?", ids.get(2));
        Instant followed = at(day.minusDays(2), 0, 0);
        Instant yesterday = at(day.minusDays(1), 10, 0);
        String busyTitle = "음수대 " + run;
        String ownTitle = "도서관 " + run;
        long busy = MailRows.idea(writer, busyTitle, "SUBMITTED", followed.minusSeconds(3600));
        long ownOnly = MailRows.idea(writer, ownTitle, "SUBMITTED", followed.minusSeconds(3600));
        for (long member : ids.subList(0, 3)) {
            MailRows.followIdea(member, busy, followed);
        }
        MailRows.followIdea(reader, ownOnly, followed);
        MailRows.ideaMoved(busy, "UNDER_REVIEW", yesterday);
        MailRows.ideaMoved(busy, "ACCEPTED", yesterday.plusSeconds(60));
        MailRows.ideaAnswer(busy, operator, yesterday.plusSeconds(60));
        MailRows.ideaComment(busy, writer, "VISIBLE", followed.minusSeconds(60));
        MailRows.ideaComment(busy, writer, "VISIBLE", yesterday);
        MailRows.ideaComment(busy, writer, "VISIBLE", yesterday.plusSeconds(30));
        MailRows.ideaComment(busy, writer, "WITHDRAWN", yesterday.plusSeconds(40));
        MailRows.ideaComment(busy, reader, "VISIBLE", yesterday.plusSeconds(50));
        MailRows.ideaComment(ownOnly, reader, "VISIBLE", yesterday);
        // after the first digest went out: tomorrow's news
        MailRows.ideaComment(busy, writer, "VISIBLE", at(day, 9, 0));

        Optional<Long> first = fire(at(day, 8, 0));
        assertTrue(first.isPresent() && first.get() >= 2, () -> "due at 08:00: " + first);
        ReceivedMail korean = MailCatcher.awaitMessageTo(ko);
        assertEquals("[정책토론] 팔로우하신 아이디어 1개에 새 소식이 있습니다", korean.subject());
        assertTrue(text(korean).contains("■ " + busyTitle + ": 상태: 채택, 새 답변 1건, 새 댓글 2건\n"), text(korean));
        assertTrue(text(korean).contains("/ideas/" + busy), text(korean));
        assertFalse(text(korean).contains(ownTitle), "one's own comments are not news");
        assertTrue(text(korean).contains("/mail/unsubscribe?list=digest&token="), "the digest's own stop link");
        ReceivedMail english = MailCatcher.awaitMessageTo(en);
        assertEquals("[Policy Forum] News on 1 idea(s) you follow", english.subject());
        assertTrue(text(english).contains(": state: Accepted, 1 new answer(s), 3 new comment(s)\n"), text(english));
        assertEquals(0, queued(stopped), "a member who stopped the digest gets no idea news either");
        assertEquals(
                List.of(List.of(0L, 1L)),
                MailRows.query(
                                "SELECT topics, ideas FROM follow_digest WHERE member_id = ? AND digest_day = ?",
                                reader,
                                Date.valueOf(day))
                        .stream()
                        .map(r -> r.stream().map(v -> ((Number) v).longValue()).toList())
                        .toList());

        assertTrue(fire(at(day.plusDays(1), 8, 0)).isPresent());
        ReceivedMail second =
                MailCatcher.awaitMessagesTo(ko, 2, MailCatcher.DEFAULT_TIMEOUT).get(1);
        assertTrue(text(second).contains("■ " + busyTitle + ": 새 댓글 1건\n"), text(second));
        assertEquals(0, queued(stopped));
    }

    /** The member's follow_digest and mail_opt_in, in that order. */
    private static List<Boolean> consents(long member) throws Exception {
        return MailRows.query("SELECT follow_digest, mail_opt_in FROM member WHERE id = ?", member).get(0).stream()
                .map(Boolean.TRUE::equals)
                .toList();
    }

    /** A mail client's one-click POST (RFC 8058) with the given query; returns the answer's body. */
    private static String oneClick(String query, int status) throws Exception {
        HttpResponse<String> response = http(HttpRequest.newBuilder(local("http://localhost/mail/unsubscribe?" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertEquals(status, response.statusCode(), query + ": " + response.body());
        return response.body();
    }

    /** The link's path and query on this test server (links in mails name the configured base URL's port). */
    private static URI local(String link) {
        URI uri = URI.create(link);
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://127.0.0.1:" + port + uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The plain-text body with the line ends as written: 7-bit transfer turns them into CRLF on the way. */
    private static String text(ReceivedMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    private static long queued(String address) throws Exception {
        return ((Number) MailRows.query(
                                "SELECT COUNT(*) FROM outbox_mail WHERE recipient = ? AND kind = 'FOLLOW_DIGEST'",
                                address)
                        .get(0)
                        .get(0))
                .longValue();
    }

    private static String title(long topic) throws Exception {
        return (String) MailRows.query("SELECT title FROM topic WHERE id = ?", topic)
                .get(0)
                .get(0);
    }

    private Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date.atTime(hour, minute), zone).toInstant();
    }

    private Optional<Long> fire(Instant now) throws Exception {
        return TestClock.at(now, () -> asOperator(timer::fireIfDue));
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), work);
    }
}
