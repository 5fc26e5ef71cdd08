package org.policyforum.it.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.idea.control.TierThresholds;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.entity.ReportReason;
import org.policyforum.newsletter.api.CampaignPort;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.entity.Phase;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * Issue 16: a row another node of the cluster writes is what this node serves within 2 s (the readers' promise),
 * whatever this node read and kept before: a poll closed early, the campaign's schedule, a setting, a ballot, an
 * opinion, a report reason relabelled, a lower idea tier. Each test first makes this node read the row (so a cache
 * would hold it), then changes it with plain SQL behind EclipseLink's back, as the other node's commit would, and
 * waits for this node to show it.
 */
@ExtendWith(ArquillianExtension.class)
class SharedCacheIT {

    /** The readers' promise (FORUM_READER_CACHE_SECONDS' default). */
    private static final Duration PROMISE = Duration.ofSeconds(2);

    private static final Set<String> CITIZEN = Set.of("CITIZEN", "MEMBER");
    private static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN", "MEMBER");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SharedCacheIT.class);
    }

    @Inject
    Polls polls;

    @Inject
    PollAdministration pollAdministration;

    @Inject
    TopicAdministration topics;

    @Inject
    TopicPages topicPages;

    @Inject
    Opinions opinions;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    @Inject
    CampaignPort campaigns;

    @Inject
    ModerationReports reports;

    @Inject
    TierThresholds tiers;

    long operator;
    long alice;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        alice = Fixtures.citizen(signUps, 1990);
    }

    @Test
    void aPollClosedOnAnotherNodeIsClosedHere() throws Exception {
        long poll = openPoll();
        assertEquals(Phase.OPEN, polls.view(poll).orElseThrow().phase());
        long option = polls.view(poll).orElseThrow().options().get(0).id();

        Rows.update(
                "UPDATE poll SET closes_at = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                poll);

        seenWithinPromise("poll closed", () -> polls.view(poll).orElseThrow().phase() == Phase.CLOSED);
        assertThrows(
                RuleViolation.class, () -> Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(option))));
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
    }

    @Test
    void aBallotCastOnAnotherNodeIsCountedHere() throws Exception {
        long poll = openPoll();
        long option = polls.view(poll).orElseThrow().options().get(0).id();
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(option)));
        seenWithinPromise("own ballot", () -> polls.results(poll).orElseThrow().ballots() == 1);

        long bob = Fixtures.citizen(signUps, 1970);
        long ballot = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        Rows.update(
                "INSERT INTO ballot (id, poll_id, member_id, cast_at, changed_at, version) VALUES (?, ?, ?, ?, ?, 1)",
                ballot,
                poll,
                bob,
                now,
                now);
        Rows.update("INSERT INTO ballot_choice (ballot_id, option_id) VALUES (?, ?)", ballot, option);

        seenWithinPromise(
                "ballot counted", () -> polls.results(poll).orElseThrow().ballots() == 2);
        assertEquals(
                2, polls.results(poll).orElseThrow().options().get(0).count().longValue());
    }

    @Test
    void anOpinionEditedOnAnotherNodeIsShownHere() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long opinion = Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "처음 쓴 의견입니다"))
                .getId();
        assertEquals("처음 쓴 의견입니다", body(topic, opinion));

        String edited = "다른 서버에서 고친 의견 " + Fixtures.unique();
        Rows.update("UPDATE opinion SET body = ?, version = version + 1 WHERE id = ?", edited, opinion);

        seenWithinPromise("opinion edited", () -> edited.equals(body(topic, opinion)));
    }

    @Test
    void aSettingChangedOnAnotherNodeIsSeenHere() throws Exception {
        String before = settings.current().getNameKo();
        String changed = "다른 서버 " + Fixtures.unique();
        try {
            Rows.update("UPDATE organisation_settings SET name_ko = ?, version = version + 1", changed);
            seenWithinPromise(
                    "setting changed", () -> changed.equals(settings.current().getNameKo()));
        } finally {
            Rows.update("UPDATE organisation_settings SET name_ko = ?, version = version + 1", before);
        }
    }

    @Test
    void aCampaignScheduleChangedOnAnotherNodeIsWhatThisNodesTimerReads() throws Exception {
        CampaignPort.Schedule before = Identities.as(operator, OPERATOR, campaigns::schedule);
        int minute = (before.minute() + 7) % 60;
        try {
            Rows.update("UPDATE campaign_schedule SET send_minute = ?, version = version + 1", minute);
            seenWithinPromise(
                    "schedule changed",
                    () -> Identities.as(operator, OPERATOR, campaigns::schedule).minute() == minute);
        } finally {
            Rows.update("UPDATE campaign_schedule SET send_minute = ?, version = version + 1", before.minute());
        }
    }

    @Test
    void aReportReasonRelabelledOnAnotherNodeIsOfferedHere() throws Exception {
        ReportReason.Label first = reasons().get(0);
        String relabelled = "다른 서버 " + Fixtures.unique();
        try {
            Rows.update(
                    "UPDATE report_reason SET label_ko = ?, version = version + 1 WHERE id = ?",
                    relabelled,
                    first.id());
            seenWithinPromise(
                    "reason relabelled",
                    () -> relabelled.equals(reasons().get(0).ko()));
        } finally {
            Rows.update(
                    "UPDATE report_reason SET label_ko = ?, version = version + 1 WHERE id = ?",
                    first.ko(),
                    first.id());
        }
    }

    @Test
    void aLowerIdeaTierSavedOnAnotherNodeCountsHere() throws Exception {
        int lowest = ((Number) Rows.single("SELECT MIN(supports) FROM support_tier")).intValue();
        assertTrue(lowest > 1, "the test needs room below the lowest tier");
        int lower = lowest - 1;
        assertFalse(tiers.anyReachedBy(lower));
        long id = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        try {
            Rows.update(
                    "INSERT INTO support_tier (id, supports, obliges, answer_days, version)"
                            + " VALUES (?, ?, 'BUREAU_ANSWER', 14, 0)",
                    id,
                    lower);
            seenWithinPromise("tier added", () -> tiers.anyReachedBy(lower));
        } finally {
            Rows.update("DELETE FROM support_tier WHERE id = ?", id);
        }
        // the next test on this server must not meet the removed tier
        seenWithinPromise("tier removed", () -> !tiers.anyReachedBy(lower));
    }

    private long openPoll() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        PollForm form = new PollForm();
        form.setQuestion("캐시 시험 투표 " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        return Identities.as(operator, OPERATOR, () -> pollAdministration.create(form))
                .getId();
    }

    private String body(long topic, long opinion) {
        return topicPages.page(topic, 20).orElseThrow().opinions().stream()
                .filter(o -> o.id() == opinion)
                .findFirst()
                .orElseThrow()
                .body();
    }

    private List<ReportReason.Label> reasons() throws Exception {
        return Identities.as(alice, CITIZEN, reports::reasons);
    }

    /** Asks until {@code seen} holds; fails when that took longer than the promise. Prints how long it took. */
    private static void seenWithinPromise(String what, Callable<Boolean> seen) throws Exception {
        long start = System.nanoTime();
        long deadline = start + PROMISE.toNanos();
        boolean ok = seen.call();
        while (!ok && System.nanoTime() < deadline) {
            Thread.sleep(50);
            ok = seen.call();
        }
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.println("SharedCacheIT: " + what + " seen after " + took + " ms");
        assertTrue(ok, what + ": still not seen after " + took + " ms");
    }
}
