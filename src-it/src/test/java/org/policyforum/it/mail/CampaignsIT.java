package org.policyforum.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
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
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.mail.MailRows.Person;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.newsletter.api.CampaignPort.CampaignView;
import org.policyforum.newsletter.api.CampaignPort.State;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.MailConsentPort.Outcome;
import org.policyforum.newsletter.boundary.CampaignTimer;
import org.policyforum.newsletter.control.UnsubscribeTokens;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/**
 * The monthly campaign end to end inside the server, with real SMTP to the run's GreenMail: who gets it, exactly once,
 * the headers, unsubscribe, bad addresses, the state rules and the schedule.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(CampaignsIT.class, MailRows.class, MailRows.Person.class);
    }

    @Inject
    CampaignPort campaigns;

    @Inject
    CampaignTimer timer;

    @Inject
    MailConsentPort consent;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicAdministration topics;

    @Inject
    PollAdministration pollAdministration;

    long operator;

    @BeforeEach
    void operatorAndNoScheduledCampaign() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        // the live timer must not start a campaign of its own in the middle of a test
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
            return null;
        });
    }

    @Test
    void onlyOptedInConfirmedActiveMembersGetItExactlyOnceInTheirLanguage() throws Exception {
        String run = Fixtures.unique();
        List<Long> ids = MailRows.members(List.of(
                Person.ok("ko-" + run + "@campaign.test"),
                new Person("en-" + run + "@campaign.test", true, true, "ACTIVE", "en", 1990),
                new Person("no-consent-" + run + "@campaign.test", false, true, "ACTIVE", "ko", 1980),
                new Person("unconfirmed-" + run + "@campaign.test", true, false, "ACTIVE", "ko", 1980),
                new Person("suspended-" + run + "@campaign.test", true, true, "SUSPENDED", "ko", 1980)));
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        MailRows.brief(topic, "PRO", "찬성 근거 " + run);
        MailRows.brief(topic, "CON", "반대 근거 " + run);
        String title = (String) MailRows.query("SELECT title FROM topic WHERE id = ?", topic)
                .get(0)
                .get(0);

        CampaignView created = asOperator(campaigns::create);
        assertEquals(State.DRAFT, created.state());
        assertEquals("PENDING", MailRows.status(created.id(), ids.get(0)));
        assertEquals("PENDING", MailRows.status(created.id(), ids.get(1)));
        for (int i = 2; i < 5; i++) {
            assertNull(MailRows.status(created.id(), ids.get(i)), "member " + i + " must not be in the audience");
        }
        asOperator(() -> {
            campaigns.start(created.id());
            return null;
        });
        RuleViolation again = assertThrows(
                RuleViolation.class,
                () -> asOperator(() -> {
                    campaigns.start(created.id());
                    return null;
                }));
        assertEquals("campaign.alreadyStarted", again.messageKey());

        CampaignView done = awaitDone(created.id());
        assertEquals(100, done.percent());
        assertEquals(done.audience(), done.sent(), () -> "all sent: " + done);

        ReceivedMail korean = only(mailsAbout("ko-" + run + "@campaign.test", title));
        assertTrue(korean.subject().contains("이달의 토론"), korean.subject());
        assertTrue(korean.text().contains("찬성 근거 " + run) && korean.text().contains("반대 근거 " + run), korean.text());
        assertFalse(korean.text().contains("투표"), "no poll, no poll line");
        assertTrue(korean.html().contains("topics/" + topic), korean.html());
        assertEquals(1, korean.listUnsubscribe().size());
        assertTrue(
                korean.listUnsubscribe()
                        .get(0)
                        .matches("<http://[^>]+/mail/unsubscribe\\?token=[0-9]+\\.[0-9]+\\.[0-9a-f]{32}>"),
                korean.listUnsubscribe().toString());
        ReceivedMail english = only(mailsAbout("en-" + run + "@campaign.test", title));
        assertTrue(english.subject().startsWith("[Policy Forum] This month's topic"), english.subject());
        for (String left : List.of("no-consent-", "unconfirmed-", "suspended-")) {
            assertEquals(List.of(), mailsAbout(left + run + "@campaign.test", title), left);
        }
        List<List<Object>> sent = MailRows.query(
                "SELECT message_id, smtp_reply FROM campaign_delivery WHERE campaign_id = ? AND member_id = ?",
                created.id(),
                ids.get(0));
        assertTrue(
                ((String) sent.get(0).get(0)).startsWith("<campaign-" + created.id() + ".member-" + ids.get(0) + "@"),
                sent::toString);
        assertTrue(((String) sent.get(0).get(1)).startsWith("250"), sent::toString);
    }

    @Test
    void unsubscribeTokenGoodForgedExpired() throws Exception {
        String run = Fixtures.unique();
        long member = MailRows.members(List.of(Person.ok("unsub-" + run + "@campaign.test")))
                .get(0);
        long other = MailRows.members(List.of(Person.ok("other-" + run + "@campaign.test")))
                .get(0);
        String good = tokens.issue(MailList.CAMPAIGN, member, Instant.now().plus(Duration.ofDays(1)));
        String[] parts = good.split("\\.");
        String forged = other + "." + parts[1] + "." + parts[2];
        String expired = tokens.issue(MailList.CAMPAIGN, other, Instant.now().minusSeconds(60));

        assertEquals(Outcome.INVALID, consent.unsubscribe(MailList.CAMPAIGN, forged));
        assertEquals(Outcome.INVALID, consent.unsubscribe(MailList.CAMPAIGN, "garbage"));
        assertEquals(Outcome.INVALID, consent.unsubscribe(MailList.CAMPAIGN, null));
        assertEquals(Outcome.EXPIRED, consent.unsubscribe(MailList.CAMPAIGN, expired));
        assertEquals(Boolean.TRUE, optIn(other), "a forged or expired token changes nothing");

        assertEquals(Outcome.UNSUBSCRIBED, consent.check(MailList.CAMPAIGN, good));
        assertEquals(Boolean.TRUE, optIn(member), "looking does not unsubscribe");
        assertEquals(Outcome.UNSUBSCRIBED, consent.unsubscribe(MailList.CAMPAIGN, good));
        assertEquals(Boolean.FALSE, optIn(member));
        assertEquals(Outcome.ALREADY_UNSUBSCRIBED, consent.unsubscribe(MailList.CAMPAIGN, good));
    }

    @Test
    void aMemberWhoUnsubscribesBeforeTheSenderTakesTheRowGetsNothing() throws Exception {
        String run = Fixtures.unique();
        List<Long> ids = MailRows.members(
                List.of(Person.ok("leaves-" + run + "@campaign.test"), Person.ok("stays-" + run + "@campaign.test")));
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        String title = (String) MailRows.query("SELECT title FROM topic WHERE id = ?", topic)
                .get(0)
                .get(0);
        CampaignView campaign = asOperator(campaigns::create);
        assertEquals("PENDING", MailRows.status(campaign.id(), ids.get(0)));

        assertEquals(
                Outcome.UNSUBSCRIBED,
                consent.unsubscribe(
                        MailList.CAMPAIGN,
                        tokens.issue(
                                MailList.CAMPAIGN, ids.get(0), Instant.now().plusSeconds(600))));
        assertEquals("SKIPPED", MailRows.status(campaign.id(), ids.get(0)));
        asOperator(() -> {
            campaigns.start(campaign.id());
            return null;
        });
        CampaignView done = awaitDone(campaign.id());

        assertTrue(done.skipped() >= 1, done::toString);
        assertEquals(1, mailsAbout("stays-" + run + "@campaign.test", title).size());
        assertEquals(List.of(), mailsAbout("leaves-" + run + "@campaign.test", title));
    }

    @Test
    void aMalformedAddressFailsWithoutHoldingUpTheOthersAndBouncesAfterRepeatedFailures() throws Exception {
        String run = Fixtures.unique();
        String bad = "bad address " + run + "@@campaign.test";
        List<Long> ids = MailRows.members(List.of(Person.ok(bad), Person.ok("fine-" + run + "@campaign.test")));
        Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        CampaignView campaign = null;
        for (int round = 1; round <= 3; round++) {
            CampaignView c = asOperator(campaigns::create);
            campaign = c;
            assertEquals("PENDING", MailRows.status(c.id(), ids.get(0)), "round " + round + ": not bounced yet");
            asOperator(() -> {
                campaigns.start(c.id());
                return null;
            });
            awaitDone(c.id());
            assertEquals("FAILED", MailRows.status(c.id(), ids.get(0)));
            assertEquals("SENT", MailRows.status(c.id(), ids.get(1)));
        }
        String reply = (String) MailRows.query(
                        "SELECT smtp_reply FROM campaign_delivery WHERE campaign_id = ? AND member_id = ?",
                        campaign.id(),
                        ids.get(0))
                .get(0)
                .get(0);
        assertTrue(reply.startsWith("malformed address"), reply);
        CampaignView after = asOperator(campaigns::create);
        assertNull(MailRows.status(after.id(), ids.get(0)), "three hard failures: the address is bounced");
        assertEquals("PENDING", MailRows.status(after.id(), ids.get(1)));
        asOperator(() -> {
            campaigns.cancel(after.id());
            return null;
        });
    }

    @Test
    void stateRulesPreviewAndTestSend() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        MailRows.brief(topic, "PRO", "미리보기 찬성");
        // the topic's poll question is in the mail (the poll beside the topic, issue 4)
        PollForm poll = new PollForm();
        String question = "야간 버스 노선을 늘려야 할까요? " + Fixtures.unique();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        poll.setTopicId(topic);
        poll.setQuestion(question);
        poll.setOptions(List.of("예", "아니오"));
        poll.setOpensAt(now.minusMinutes(5));
        poll.setClosesAt(now.plusDays(7));
        asOperator(() -> pollAdministration.create(poll));
        CampaignView campaign = asOperator(campaigns::create);
        assertRefused("campaign.wrongState", () -> campaigns.pause(campaign.id()));
        assertRefused("campaign.wrongState", () -> campaigns.resume(campaign.id()));
        assertRefused("campaign.notFound", () -> campaigns.start(-1));

        CampaignPort.Preview ko = asOperator(() -> campaigns.preview(campaign.id(), Locale.KOREAN));
        CampaignPort.Preview en = asOperator(() -> campaigns.preview(campaign.id(), Locale.ENGLISH));
        assertTrue(ko.subject().startsWith("[정책토론]") && ko.html().contains("미리보기 찬성"), ko.subject());
        assertTrue(
                ko.text().contains(question) && ko.html().contains(question), () -> "the poll question: " + ko.text());
        assertTrue(en.subject().startsWith("[Policy Forum]") && en.text().contains("Pro:"), en.text());
        assertTrue(en.html().contains("lang=\"en\""));

        asOperator(() -> {
            campaigns.testSend(campaign.id(), Locale.ENGLISH);
            return null;
        });
        String operatorEmail = (String) MailRows.query("SELECT email FROM member WHERE id = ?", operator)
                .get(0)
                .get(0);
        // the operator's sign-up confirmation is there too
        assertTrue(MailCatcher.awaitMessagesTo(operatorEmail, 2, MailCatcher.DEFAULT_TIMEOUT).stream()
                .anyMatch(m -> m.subject().startsWith("[Test] [Policy Forum]")));
        assertEquals(
                State.DRAFT, asOperator(() -> campaigns.progress(campaign.id())).state(), "a test send starts nothing");

        asOperator(() -> {
            campaigns.start(campaign.id());
            campaigns.pause(campaign.id());
            return null;
        });
        assertEquals(
                State.PAUSED,
                asOperator(() -> campaigns.progress(campaign.id())).state());
        asOperator(() -> {
            campaigns.resume(campaign.id());
            campaigns.cancel(campaign.id());
            return null;
        });
        assertEquals(
                State.CANCELLED,
                asOperator(() -> campaigns.progress(campaign.id())).state());
        assertRefused("campaign.wrongState", () -> campaigns.cancel(campaign.id()));
        assertRefused("campaign.alreadyStarted", () -> campaigns.start(campaign.id()));
        var audit = MailRows.query(
                "SELECT action FROM audit_entry WHERE target = ? ORDER BY id", "campaign:" + campaign.id());
        assertEquals(
                List.of(
                        "campaign.create",
                        "campaign.testSend",
                        "campaign.start",
                        "campaign.pause",
                        "campaign.resume",
                        "campaign.cancel"),
                audit.stream().map(r -> r.get(0)).toList());
    }

    @Test
    @ExactlyOnce
    void theTimerStartsTheMonthsCampaignOnceWhenItsTimeComes() throws Exception {
        Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        // a day the live timer cannot reach this month (it only catches up 1 day), and a month far from now
        int day = LocalDate.now(ZoneId.of("Asia/Seoul")).getDayOfMonth() < 24 ? 28 : 1;
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(day, 10, 30, true));
            return null;
        });
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        // a month of its own, far from now: PostgreSQL keeps earlier runs' campaigns, and a month has only one
        YearMonth month =
                YearMonth.of(2100, 1).plusMonths(ThreadLocalRandom.current().nextInt(12 * 7000));
        ZonedDateTime due = month.atDay(day).atTime(10, 30).atZone(seoul);
        try {
            assertEquals(
                    Optional.empty(),
                    TestClock.at(due.minusSeconds(1).toInstant(), () -> asOperator(timer::fireIfDue)));
            Optional<Long> fired = TestClock.at(due.toInstant(), () -> asOperator(timer::fireIfDue));
            assertTrue(fired.isPresent());
            assertEquals(
                    Optional.empty(),
                    TestClock.at(due.plusMinutes(1).toInstant(), () -> asOperator(timer::fireIfDue)),
                    "once a month");
            assertEquals(
                    Optional.empty(),
                    TestClock.at(due.plusDays(4).toInstant(), () -> asOperator(timer::fireIfDue)),
                    "no late catch-up");
            CampaignView started = asOperator(() -> campaigns.progress(fired.get()));
            assertNotEquals(State.DRAFT, started.state());
            assertEquals(month.toString(), started.month());
            asOperator(() -> {
                campaigns.cancel(fired.get());
                return null;
            });
            Optional<Long> nextMonth = TestClock.at(due.plusMonths(1).toInstant(), () -> asOperator(timer::fireIfDue));
            assertTrue(nextMonth.isPresent(), "the next month has its own");
            asOperator(() -> {
                campaigns.cancel(nextMonth.get());
                return null;
            });
        } finally {
            asOperator(() -> {
                campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
                return null;
            });
        }
    }

    @Test
    @ExactlyOnce
    void sendNowAtOpeningStartsTheMonthsCampaignOnce() throws Exception {
        String run = Fixtures.unique();
        String address = "now-" + run + "@campaign.test";
        long member = MailRows.members(List.of(Person.ok(address))).get(0);
        ZoneId zone = ZoneId.of((String) MailRows.query("SELECT time_zone FROM organisation_settings WHERE id = 1")
                .get(0)
                .get(0));
        String month = YearMonth.now(zone).toString();
        // this month as if nobody had made a campaign yet: the other tests here (and earlier runs on PostgreSQL) do
        MailRows.update(
                "UPDATE campaign SET state = 'CANCELLED', scheduled_month = NULL WHERE campaign_month = ? OR "
                        + "scheduled_month = ?",
                month,
                month);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        String title = (String) MailRows.query("SELECT title FROM topic WHERE id = ?", topic)
                .get(0)
                .get(0);

        CampaignView draft = asOperator(campaigns::create);
        assertRefused("campaign.alreadyThisMonth", campaigns::sendNow);
        asOperator(() -> {
            campaigns.cancel(draft.id());
            return null;
        });
        CampaignView sent = asOperator(campaigns::sendNow);
        assertEquals(month, sent.month());
        assertNotEquals(State.DRAFT, sent.state(), "started at once");
        assertTrue(MailRows.status(sent.id(), member) != null, "the member is in the audience");
        RuleViolation again = assertThrows(RuleViolation.class, () -> asOperator(campaigns::sendNow));
        assertEquals("campaign.alreadyThisMonth", again.messageKey());
        assertEquals(List.of(month), List.of(again.arguments()));

        CampaignView done = awaitDone(sent.id());
        assertEquals(done.audience(), done.sent(), done::toString);
        assertEquals(1, mailsAbout(address, title).size());
        assertEquals(
                List.of("campaign.sendNow"),
                MailRows.query("SELECT action FROM audit_entry WHERE target = ?", "campaign:" + sent.id()).stream()
                        .map(r -> r.get(0))
                        .toList());
        // the schedule, due later this month, makes no second one
        asOperator(() -> {
            campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, true));
            return null;
        });
        try {
            Instant due =
                    YearMonth.parse(month).atDay(1).atTime(9, 0).atZone(zone).toInstant();
            assertEquals(Optional.empty(), TestClock.at(due, () -> asOperator(timer::fireIfDue)));
        } finally {
            asOperator(() -> {
                campaigns.changeSchedule(new CampaignPort.Schedule(1, 9, 0, false));
                return null;
            });
        }
    }

    private Boolean optIn(long member) throws Exception {
        return (Boolean) MailRows.query("SELECT mail_opt_in FROM member WHERE id = ?", member)
                .get(0)
                .get(0);
    }

    private static List<ReceivedMail> mailsAbout(String address, String title) {
        return MailCatcher.messagesTo(address).stream()
                .filter(m -> m.subject().contains(title))
                .toList();
    }

    private static ReceivedMail only(List<ReceivedMail> mails) {
        assertEquals(
                1,
                mails.size(),
                () -> "exactly one mail, got "
                        + mails.stream().map(ReceivedMail::subject).toList());
        return mails.get(0);
    }

    private CampaignView awaitDone(long campaignId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            CampaignView view = asOperator(() -> campaigns.progress(campaignId));
            if (view.state() == State.DONE) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("campaign not done: " + view);
            }
            Thread.sleep(250);
        }
    }

    private void assertRefused(String key, Identities.ThrowingRunnable work) {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> Identities.run(operator, Set.of("OPERATOR", "CITIZEN"), work));
        assertEquals(key, refused.messageKey());
    }

    private <T> T asOperator(Callable<T> work) throws Exception {
        return Identities.as(operator, Set.of("OPERATOR", "CITIZEN"), work);
    }
}
