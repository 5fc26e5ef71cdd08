package org.policyforum.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.api.MailConsentPort.Outcome;
import org.policyforum.newsletter.control.UnsubscribeTokens;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.report.boundary.Overview;
import org.policyforum.report.boundary.SiteOverview;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The operators' site overview in the real server (H2 and PostgreSQL passes). The database is shared with the other
 * tests, so site-wide figures are checked as what this test added to them; a new bureau's row and a campaign of this
 * test's own are checked whole. Small counts of people show no number; only operators may read it.
 */
@ExtendWith(ArquillianExtension.class)
class SiteOverviewIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SiteOverviewIT.class);
    }

    @Inject
    SiteOverview siteOverview;

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration topics;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    @Inject
    MyAccount myAccount;

    @Inject
    MailConsentPort mailConsent;

    @Inject
    UnsubscribeTokens tokens;

    long operator;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
    }

    @Test
    void theFiguresCountWhatHappenedAndSmallCountsOfPeopleStayHidden() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        List<Long> recipients = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            recipients.add(Fixtures.citizen(signUps, 1990));
        }
        long campaign = campaignOfTwoYearsAgo(recipients);
        try {
            Identities.as(operator, OPERATOR, () -> settings.changeSmallGroupMin(2));
            Overview before = read();
            long writerOne = Fixtures.citizen(signUps, 1985);
            long writerTwo = Fixtures.citizen(signUps, 1970);
            long reader = Fixtures.citizen(signUps, 1960);
            long first = Identities.as(writerOne, CITIZEN, () -> opinions.post(topic, Stance.PRO, "찬성합니다"))
                    .getId();
            Identities.as(writerTwo, CITIZEN, () -> opinions.post(topic, Stance.CON, "반대합니다"));
            Identities.as(writerTwo, CITIZEN, () -> opinions.comment(first, null, "이유가 궁금합니다"));
            Identities.as(reader, CITIZEN, () -> opinions.react(TargetType.OPINION, first, ReactionKind.AGREE));
            Overview after = read();

            YearMonth thisMonth = YearMonth.now(SEOUL);
            assertEquals(24, after.months().size());
            assertEquals(thisMonth.minusMonths(23), after.months().get(0).month());
            Overview.Month now = after.months().get(23);
            Overview.Month was = before.months().get(23);
            assertEquals(thisMonth, now.month());
            assertEquals(2, now.opinions() - was.opinions());
            assertEquals(1, now.comments() - was.comments());
            assertEquals(1, now.reactions() - was.reactions());
            assertEquals(was.ballots(), now.ballots());
            assertEquals(before.months().subList(0, 23), after.months().subList(0, 23), "earlier months unchanged");

            assertEquals(
                    3,
                    after.members().total().count() - before.members().total().count());
            assertEquals(
                    3,
                    after.members().newThisMonth().count()
                            - before.members().newThisMonth().count());
            assertEquals(
                    3,
                    after.members().active().count() - before.members().active().count());
            assertEquals(
                    before.members().verified().count() + 3,
                    after.members().verified().count());

            String bureau = (String) Rows.single(
                    "SELECT b.name_ko FROM bureau b JOIN topic t ON t.bureau_id = b.id WHERE t.id = ?", topic);
            Overview.Bureau row = after.bureaus().stream()
                    .filter(b -> b.nameKo().equals(bureau))
                    .findFirst()
                    .orElseThrow();
            assertEquals(new Overview.Bureau(bureau, row.nameEn(), 1, 2, 0, 0, 0, 0), row);

            // 6 sent (2 of them stopped the mail since), 2 failed, 1 skipped: the skipped one is a group of one,
            // and the failed two go with it, or the one would be the audience minus the rest
            Overview.Campaign mail = reach(after, campaign);
            assertEquals(new Overview.Figure(6, false), mail.sent());
            assertEquals(new Overview.Figure(0, true), mail.failed());
            assertEquals(new Overview.Figure(0, true), mail.skipped());
            assertEquals(new Overview.Figure(2, false), mail.stoppedSince());
        } finally {
            Identities.as(
                    operator,
                    OPERATOR,
                    () -> settings.changeSmallGroupMin(OrganisationSettings.DEFAULT_SMALL_GROUP_MIN));
        }
        Overview byDefault = read();
        Overview.Campaign mail = reach(byDefault, campaign);
        assertEquals(new Overview.Figure(6, false), mail.sent());
        assertEquals(new Overview.Figure(0, true), mail.stoppedSince());
        assertEquals(5, byDefault.smallest());
        assertEquals(
                3,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.siteOverview' AND actor_id = ?",
                        operator));
    }

    @Test
    void onlyOperatorsMayReadIt() throws Exception {
        long citizen = Fixtures.citizen(signUps, 1990);
        long moderator = Fixtures.member(signUps, 1985, "MODERATOR");
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        long bureau = Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
        Fixtures.assignBureau(official, bureau);

        assertThrows(EJBAccessException.class, () -> Identities.as(citizen, CITIZEN, siteOverview::read));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(moderator, Set.of("MODERATOR", "CITIZEN"), siteOverview::read));
        assertThrows(EJBAccessException.class, () -> Identities.as(official, Set.of("OFFICIAL"), siteOverview::read));
        assertEquals(
                0,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.siteOverview'"
                                + " AND actor_id IN (?, ?, ?)",
                        citizen,
                        moderator,
                        official));
        assertEquals(
                24,
                Identities.as(operator, OPERATOR, siteOverview::read).months().size());
    }

    /**
     * Stopping the monthly mail is dated (the account page and the one-click link both write the date), and
     * the overview counts the stops per month of the organisation's calendar; a month with fewer stops than the
     * smallest group shows no number.
     */
    @Test
    void unsubscribesAreCountedInTheMonthTheMailWasStopped() throws Exception {
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long member = Fixtures.citizen(signUps, 1990);
            Rows.update("UPDATE member SET mail_opt_in = TRUE, follow_digest = TRUE WHERE id = ?", member);
            members.add(member);
        }
        // two stops in the month 22 months ago, one in the month after: written as the member feature dates them
        YearMonth oldest = YearMonth.now(SEOUL).minusMonths(22);
        long id = -1 - Math.floorMod(System.nanoTime(), 1_000_000_000L);
        stopDated(id, members.get(3), oldest.atDay(1).atStartOfDay(SEOUL).toInstant());
        stopDated(
                id - 1,
                members.get(3),
                oldest.atEndOfMonth().atTime(23, 59).atZone(SEOUL).toInstant());
        stopDated(
                id - 2,
                members.get(3),
                oldest.plusMonths(1).atDay(1).atStartOfDay(SEOUL).toInstant());
        Set<String> member = Set.of("CITIZEN", "MEMBER");
        Identities.run(members.get(0), member, () -> myAccount.changeMailConsent(false));
        Identities.run(members.get(0), member, () -> myAccount.changeMailConsent(false));
        Identities.run(members.get(1), member, () -> myAccount.changeMailConsent(false));
        Identities.run(members.get(1), member, () -> myAccount.changeFollowDigest(false));
        String link =
                tokens.issue(MailList.CAMPAIGN, members.get(2), Instant.now().plusSeconds(3600));
        assertEquals(Outcome.UNSUBSCRIBED, mailConsent.unsubscribe(MailList.CAMPAIGN, link), "the one-click link");
        assertEquals(Outcome.ALREADY_UNSUBSCRIBED, mailConsent.unsubscribe(MailList.CAMPAIGN, link));
        assertEquals(
                List.of(1L, 1L, 1L, 0L),
                List.of(stops(members.get(0)), stops(members.get(1)), stops(members.get(2)), 0L),
                "one dated stop each; stopping again writes none");
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM member_mail_stop WHERE mail_list = 'FOLLOW_DIGEST' AND member_id = ?",
                        members.get(1)));
        try {
            Identities.as(operator, OPERATOR, () -> settings.changeSmallGroupMin(2));
            Overview overview = read();
            assertEquals(oldest, overview.months().get(1).month());
            assertEquals(new Overview.Figure(2, false), overview.months().get(1).unsubscribed());
            assertEquals(new Overview.Figure(0, true), overview.months().get(2).unsubscribed(), "a group of one");
            Overview.Figure thisMonth = overview.months().get(23).unsubscribed();
            assertFalse(thisMonth.suppressed());
            assertTrue(thisMonth.count() >= 3, thisMonth::toString);
        } finally {
            Identities.as(
                    operator,
                    OPERATOR,
                    () -> settings.changeSmallGroupMin(OrganisationSettings.DEFAULT_SMALL_GROUP_MIN));
        }
    }

    /**
     * Twenty presses of "stop the monthly mail" on the account page at once (two open tabs, a double tap): one dated
     * stop, and every press answered without an error, as the one-click link already is.
     */
    @Test
    void aBurstOfStopsOnTheAccountPageIsDatedOnce() throws Exception {
        long member = Fixtures.citizen(signUps, 1991);
        Rows.update("UPDATE member SET mail_opt_in = TRUE WHERE id = ?", member);
        ExecutorService executor = Executors.newFixedThreadPool(20);
        try {
            List<String> outcomes = Parallel.outcomes(executor, 20, () -> {
                Identities.run(member, Set.of("CITIZEN", "MEMBER"), () -> myAccount.changeMailConsent(false));
                return "stopped";
            });
            assertEquals(
                    List.of(),
                    outcomes.stream().filter(o -> !o.equals("stopped")).toList(),
                    outcomes::toString);
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, stops(member), "one dated stop for one change of mind");
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM member WHERE id = ? AND mail_opt_in = TRUE", member));
    }

    private static long stops(long member) throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM member_mail_stop WHERE mail_list = 'TOPIC_MAIL' AND member_id = ?", member);
    }

    private static void stopDated(long id, long member, Instant at) throws Exception {
        Rows.update(
                "INSERT INTO member_mail_stop (id, member_id, mail_list, stopped_at) VALUES (?, ?, 'TOPIC_MAIL', ?)",
                id,
                member,
                Timestamp.from(at));
    }

    private Overview read() throws Exception {
        return Identities.as(operator, OPERATOR, siteOverview::read);
    }

    private static Overview.Campaign reach(Overview overview, long campaign) {
        return overview.campaigns().stream()
                .filter(c -> c.title().equals("도달 " + campaign))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overview.campaigns().toString()));
    }

    /**
     * A finished campaign of 23 months ago (the oldest month shown; no other test sends for that month), written as
     * forum-mail leaves one: 6 sent, 2 failed, 1 skipped; 2 of the 6 have stopped the monthly mail since.
     */
    private static long campaignOfTwoYearsAgo(List<Long> members) throws Exception {
        // below every id the sequence hands out: tests that take "the newest campaign" (MAX(id)) never meet it
        long id = -1 - Math.floorMod(System.nanoTime(), 1_000_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        Rows.update(
                "INSERT INTO campaign (id, title, campaign_month, state, audience, created_at, started_at, finished_at,"
                        + " version) VALUES (?, ?, ?, 'DONE', 9, ?, ?, ?, 1)",
                id,
                "도달 " + id,
                YearMonth.now(SEOUL).minusMonths(23).toString(),
                now,
                now,
                now);
        String[] statuses = {"SENT", "SENT", "SENT", "SENT", "SENT", "SENT", "FAILED", "FAILED", "SKIPPED"};
        for (int i = 0; i < statuses.length; i++) {
            Rows.update(
                    "INSERT INTO campaign_delivery (campaign_id, member_id, language, youth, status, attempts,"
                            + " next_attempt_at, uncertain) VALUES (?, ?, 'ko', FALSE, ?, 1, ?, FALSE)",
                    id,
                    members.get(i),
                    statuses[i],
                    now);
            Rows.update("UPDATE member SET mail_opt_in = ? WHERE id = ?", i >= 2, members.get(i));
        }
        return id;
    }
}
