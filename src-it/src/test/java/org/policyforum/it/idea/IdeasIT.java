package org.policyforum.it.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.idea.IdeaScenario.CITIZEN;
import static org.policyforum.it.idea.IdeaScenario.MODERATOR;
import static org.policyforum.it.idea.IdeaScenario.OFFICIAL;
import static org.policyforum.it.idea.IdeaScenario.OPERATOR;
import static org.policyforum.it.idea.IdeaScenario.number;
import static org.policyforum.it.idea.IdeaScenario.preload;
import static org.policyforum.it.idea.IdeaScenario.propose;
import static org.policyforum.it.idea.IdeaScenario.supporters;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.idea.boundary.IdeaAnswers;
import org.policyforum.idea.boundary.IdeaClock;
import org.policyforum.idea.boundary.IdeaFigures;
import org.policyforum.idea.boundary.IdeaSetup;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.IdeaTriage;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaAnswer.Verdict;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.idea.entity.Obligation;
import org.policyforum.idea.entity.SupportTier;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;

/** The idea space's rules through its boundaries, in the real server (H2 and PostgreSQL passes). */
@ExtendWith(ArquillianExtension.class)
class IdeasIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(IdeasIT.class, IdeaScenario.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    IdeaSupports supports;

    @Inject
    IdeaTriage triage;

    @Inject
    IdeaAnswers answers;

    @Inject
    IdeaSetup setup;

    @Inject
    IdeaClock ideaClock;

    @Inject
    IdeaFigures figures;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    long author;
    long other;
    long operator;

    @BeforeEach
    void people() throws Exception {
        author = Fixtures.citizen(signUps, 1985);
        other = Fixtures.citizen(signUps, 1990);
        operator = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(operator, "OPERATOR");
        IdeaScenario.defaultTiers(setup, operator);
    }

    private static String refusal(Identities.ThrowingRunnable attempt, long member, java.util.Set<String> roles) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, roles, attempt))
                .messageKey();
    }

    private long official(long bureau) {
        return IdeaScenario.official(signUps, bureau);
    }

    private long bureau() throws Exception {
        return IdeaScenario.bureau(bureaus, operator);
    }

    @Test
    void badProposalsAreRefusedAtTheirFieldAndNothingIsStored() throws Exception {
        long before = number("SELECT COUNT(*) FROM idea WHERE author_id = ?", author);
        assertEquals(
                "idea.title.required",
                refusal(() -> ideas.propose(new Ideas.Proposal(" ", "본문", 1L, null)), author, CITIZEN));
        assertEquals(
                "idea.body.tooLong",
                refusal(() -> ideas.propose(new Ideas.Proposal("제목", "가".repeat(20_000), 1L, null)), author, CITIZEN));
        assertEquals(
                "input.residentNumber",
                refusal(
                        () -> ideas.propose(new Ideas.Proposal("제목", "제 번호는 900101-1234567 입니다", 1L, null)),
                        author,
                        CITIZEN));
        assertEquals(
                "idea.category.required",
                refusal(() -> ideas.propose(new Ideas.Proposal("제목", "본문", 999_999L, null)), author, CITIZEN));
        assertEquals(
                "idea.district.unknown",
                refusal(() -> ideas.propose(new Ideas.Proposal("제목", "본문", 1L, "<script>")), author, CITIZEN));
        assertEquals(before, number("SELECT COUNT(*) FROM idea WHERE author_id = ?", author));
        // a script is text: stored as typed, shown escaped by the page
        long id = propose(ideas, author, "<script>alert(1)</script> 놀이터 " + Fixtures.unique());
        assertTrue(ideas.view(id).orElseThrow().title().startsWith("<script>"));
    }

    @Test
    void othersSupportOnceTheAuthorNeverAndTheCountIsTheRows() throws Exception {
        String word = "자전거" + Fixtures.unique();
        long id = propose(ideas, author, word + "도로를 한강까지 잇기");
        assertEquals("idea.support.own", refusal(() -> supports.support(id), author, CITIZEN));
        assertEquals(
                1, Identities.as(other, CITIZEN, () -> supports.support(id)).supports());
        assertEquals("idea.support.duplicate", refusal(() -> supports.support(id), other, CITIZEN));
        // the author may no longer reword it, nor may anyone else reach it
        assertEquals("idea.edit.notNow", refusal(() -> ideas.edit(id, "새 제목", "새 본문"), author, CITIZEN));
        assertEquals("notFound", refusal(() -> ideas.withdraw(id), other, CITIZEN));
        assertEquals("notFound", refusal(() -> ideas.edit(id, "남의 것", "본문"), other, CITIZEN));
        assertEquals(
                0, Identities.as(other, CITIZEN, () -> supports.withdraw(id)).supports());
        assertEquals("idea.support.none", refusal(() -> supports.withdraw(id), other, CITIZEN));
        assertEquals(0, number("SELECT support_count FROM idea WHERE id = ?", id));
        assertEquals(0, number("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", id));
        // similar ideas are found by a word of the title, with a Korean particle on it
        List<IdeaViews.Row> similar = ideas.similar(word + "를 더 많이");
        assertEquals(id, similar.get(0).id());
        assertTrue(
                ideas.list(new IdeaViews.Query(word, null, null, null, IdeaViews.Query.Sort.NEWEST), 0).rows().stream()
                        .anyMatch(r -> r.id() == id));
        // nobody supports it now: its author rewords it, and the old words are kept
        Identities.run(author, CITIZEN, () -> ideas.edit(id, word + " 새 제목", "새 본문"));
        assertEquals(1, number("SELECT COUNT(*) FROM idea_revision WHERE idea_id = ?", id));
        Identities.run(author, CITIZEN, () -> ideas.withdraw(id));
        IdeaViews.Detail withdrawn = ideas.view(id).orElseThrow();
        assertEquals(IdeaState.WITHDRAWN, withdrawn.state());
        assertNull(withdrawn.title(), "a withdrawn idea keeps only its placeholder");
        assertEquals("idea.support.closed", refusal(() -> supports.support(id), other, CITIZEN));
    }

    @Test
    void supportsAfterTheWindowAreRefusedAndAnIdeaWithoutATierExpiresWithItsReason() throws Exception {
        long id = propose(ideas, author, "가로등 밝기 " + Fixtures.unique());
        Instant after = ideas.view(id).orElseThrow().supportEndsAt().plusSeconds(1);
        assertEquals(
                "idea.support.windowOver",
                assertThrows(
                                RuleViolation.class,
                                () -> TestClock.at(
                                        after, () -> Identities.as(other, CITIZEN, () -> supports.support(id))))
                        .messageKey());
        assertTrue(TestClock.at(after, () -> ideaClock.tick()).expired() >= 1);
        IdeaViews.Detail expired = ideas.view(id).orElseThrow();
        assertEquals(IdeaState.EXPIRED, expired.state());
        assertEquals(
                "idea.reason.expired",
                expired.history().get(expired.history().size() - 1).reasonKey());
    }

    @Test
    void crossingATierMakesItsObligationAndTheOwningBureauAnswersIt() throws Exception {
        long bureau = bureau();
        long official = official(bureau);
        long stranger = official(bureau());
        long id = propose(ideas, author, "공공 와이파이 확대 " + Fixtures.unique());
        Identities.run(other, CITIZEN, () -> ideas.follow(id));
        List<Long> crowd = supporters(50);
        preload(id, crowd.subList(0, 48));
        Identities.run(crowd.get(48), CITIZEN, () -> supports.support(id));
        assertEquals(0, number("SELECT COUNT(*) FROM answer_obligation WHERE idea_id = ?", id));
        assertEquals(
                1,
                Identities.as(crowd.get(49), CITIZEN, () -> supports.support(id))
                        .tiersCrossed());
        IdeaViews.Due due = ideas.view(id).orElseThrow().obligations().get(0);
        assertEquals(Obligation.BUREAU_ANSWER, due.obliges());
        assertNull(due.bureau(), "nobody owns the idea yet");
        // triage gives it its owner; the waiting obligation now names that bureau
        Identities.run(operator, MODERATOR, () -> triage.assign(id, bureau, 2L));
        assertEquals(bureau, number("SELECT bureau_id FROM answer_obligation WHERE idea_id = ?", id));
        // another bureau's official cannot see it to answer, nor answer it
        assertEquals(
                "notFound", refusal(() -> answers.answer(id, Verdict.ACCEPTED, "<p>네</p>", null), stranger, OFFICIAL));
        assertEquals("notFound", refusal(() -> answers.idea(id), stranger, OFFICIAL));
        // declining without a reason is refused; a script in the answer does not survive
        assertEquals(
                "idea.answer.reason.required",
                refusal(() -> answers.answer(id, Verdict.DECLINED, "<p>어렵습니다</p>", " "), official, OFFICIAL));
        assertEquals(
                1,
                Identities.as(official, OFFICIAL, () -> answers.queue(false, 0, 50)).stream()
                        .filter(o -> o.ideaId() == id)
                        .count());
        for (int i = 0; i < 2; i++) {
            Rows.update(
                    "UPDATE member SET email = ?, outcome_news = ? WHERE id = ?",
                    "idea-supporter-" + Fixtures.unique() + "@example.test",
                    i == 0,
                    crowd.get(i));
        }
        Identities.run(
                official,
                OFFICIAL,
                () -> answers.answer(
                        id,
                        Verdict.PARTLY,
                        "<p>일부 반영<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a></p>",
                        "예산 한도"));
        IdeaViews.Detail answered = ideas.view(id).orElseThrow();
        assertEquals(IdeaState.ACCEPTED, answered.state());
        assertFalse(answered.answers().get(0).html().contains("script"));
        assertFalse(answered.answers().get(0).html().contains("javascript:"));
        assertTrue(answered.obligations().get(0).onTime());
        assertEquals(
                0,
                Identities.as(official, OFFICIAL, () -> answers.queue(false, 0, 50)).stream()
                        .filter(o -> o.ideaId() == id)
                        .count());
        // author, follower and the supporter who wants outcome news are told by mail; the supporter who said no to
        // that news is not (the other supporters have no address). Author and supporter are told under their
        // outcome-news consent, so their mail carries that list's one-click stop; the follower's says to unfollow.
        assertEquals(
                3,
                number(
                        "SELECT COUNT(*) FROM outbox_mail WHERE kind IN ('IDEA_ANSWERED', 'IDEA_ANSWERED_FOLLOWED')"
                                + " AND recipient IN (SELECT email FROM member WHERE id IN (?, ?, ?, ?))",
                        author,
                        other,
                        crowd.get(0),
                        crowd.get(1)));
        assertEquals(
                0,
                number(
                        "SELECT COUNT(*) FROM outbox_mail WHERE kind LIKE 'IDEA_ANSWERED%' AND recipient ="
                                + " (SELECT email FROM member WHERE id = ?)",
                        crowd.get(1)));
        for (long consenting : List.of(author, crowd.get(0))) {
            assertEquals(
                    1,
                    number(
                            "SELECT COUNT(*) FROM outbox_mail WHERE kind = 'IDEA_ANSWERED' AND recipient ="
                                    + " (SELECT email FROM member WHERE id = ?) AND unsubscribe_url LIKE ?"
                                    + " AND text_body LIKE ?",
                            consenting,
                            "%/mail/unsubscribe?list=outcome&token=" + consenting + ".%",
                            "%/mail/unsubscribe?list=outcome&token=" + consenting + ".%"));
        }
        assertEquals(
                1,
                number(
                        "SELECT COUNT(*) FROM outbox_mail WHERE kind = 'IDEA_ANSWERED_FOLLOWED' AND recipient ="
                                + " (SELECT email FROM member WHERE id = ?) AND unsubscribe_url IS NULL",
                        other));
        // the figures are shared for a minute: read them two minutes on, so this answer is counted
        assertTrue(TestClock.at(Instant.now().plusSeconds(120), () -> figures.byBureau()).stream()
                .anyMatch(f -> f.answered() == 1
                        && f.onTimePercent() == 100
                        && f.open() == 0
                        && f.bureau().ko().equals(answered.bureau().ko())));
        // the rules allow no way back from accepted to declined
        assertEquals(
                "idea.answer.stateConflict",
                refusal(() -> answers.answer(id, Verdict.DECLINED, "<p>철회</p>", "이유"), official, OFFICIAL));
        assertEquals("idea.move.notAllowed", refusal(() -> triage.decline(id, "중복"), operator, MODERATOR));
        Identities.run(official, OFFICIAL, () -> answers.markImplemented(id, "2027년 1월 시행"));
        assertEquals(IdeaState.IMPLEMENTED, ideas.view(id).orElseThrow().state());
    }

    @Test
    void anUnansweredObligationShowsOverdueAndItsRemindersGoOnce() throws Exception {
        long bureau = bureau();
        long official = official(bureau);
        long id = propose(ideas, author, "버스 정류장 온열의자 " + Fixtures.unique());
        Identities.run(operator, MODERATOR, () -> triage.assign(id, bureau, 1L));
        List<Long> crowd = supporters(50);
        preload(id, crowd.subList(0, 49));
        Identities.run(crowd.get(49), CITIZEN, () -> supports.support(id));
        Instant due = ideas.view(id).orElseThrow().obligations().get(0).dueAt();
        String address = "SELECT email FROM member WHERE id = ?";
        String reminders = "SELECT COUNT(*) FROM outbox_mail WHERE kind = ? AND recipient = (" + address + ")";
        TestClock.at(due.minus(Duration.ofDays(1)), () -> ideaClock.tick());
        TestClock.at(due.minus(Duration.ofHours(1)), () -> ideaClock.tick());
        assertEquals(1, number(reminders, "IDEA_ANSWER_DUE", official));
        Instant late = due.plus(Duration.ofDays(2));
        TestClock.at(late, () -> ideaClock.tick());
        TestClock.at(late.plusSeconds(600), () -> ideaClock.tick());
        assertEquals(1, number(reminders, "IDEA_ANSWER_OVERDUE", official));
        IdeaViews.Detail overdue = TestClock.at(late, () -> ideas.view(id).orElseThrow());
        assertTrue(overdue.overdue());
        assertTrue(TestClock.at(
                        late,
                        () -> ideas.list(
                                new IdeaViews.Query(
                                        null, null, IdeaState.SUBMITTED, bureau, IdeaViews.Query.Sort.NEWEST),
                                0))
                .rows()
                .stream()
                .anyMatch(r -> r.id() == id && r.overdue()));
        IdeaViews.Owed first = TestClock.at(
                        late, () -> Identities.as(official, OFFICIAL, () -> answers.queue(false, 0, 50)))
                .get(0);
        assertTrue(first.overdue(), "the queue puts overdue answers first");
        TestClock.at(late, () -> {
            Identities.run(official, OFFICIAL, () -> answers.answer(id, Verdict.REVIEWING, "<p>검토 중</p>", "예산"));
            return null;
        });
        assertFalse(ideas.view(id).orElseThrow().obligations().get(0).onTime(), "answered after its due date");
    }

    @Test
    void aDuplicateMergesItsSupportersCountedOnce() throws Exception {
        long into = propose(ideas, author, "심야버스 노선 " + Fixtures.unique());
        long duplicate = propose(ideas, other, "심야버스 노선 늘리기 " + Fixtures.unique());
        List<Long> crowd = supporters(3);
        preload(into, crowd.subList(0, 2));
        preload(duplicate, crowd.subList(1, 3));
        assertEquals("idea.reason.required", refusal(() -> triage.merge(duplicate, into, " "), operator, MODERATOR));
        assertEquals("idea.merge.self", refusal(() -> triage.merge(into, into, "같음"), operator, MODERATOR));
        Identities.run(operator, MODERATOR, () -> triage.merge(duplicate, into, "같은 제안"));
        // crowd 0,1,2 and the duplicate's author: four people, each once
        assertEquals(4, number("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", into));
        assertEquals(4, number("SELECT support_count FROM idea WHERE id = ?", into));
        IdeaViews.Detail merged = ideas.view(duplicate).orElseThrow();
        assertEquals(IdeaState.MERGED, merged.state());
        assertEquals(into, merged.mergedIntoId());
        assertEquals("idea.support.merged", refusal(() -> supports.support(duplicate), operator, CITIZEN));
    }

    @Test
    void tierListsMustRiseAndTiersWithObligationsStay() throws Exception {
        List<SupportTier.Plan> before = Identities.as(operator, OPERATOR, () -> setup.tiers());
        assertEquals(
                List.of(50, 100, 1000),
                before.stream().map(SupportTier.Plan::supports).toList());
        List<SupportTier.Plan> falling = List.of(
                new SupportTier.Plan(null, 100, Obligation.BUREAU_ANSWER, 14, null),
                new SupportTier.Plan(null, 50, Obligation.MAYOR_ANSWER, 30, null));
        assertEquals("idea.tiers.notIncreasing", refusal(() -> setup.saveTiers(falling), operator, OPERATOR));
        assertEquals(before, Identities.as(operator, OPERATOR, () -> setup.tiers()));
        // saving the same list again changes nothing
        Identities.run(operator, OPERATOR, () -> setup.saveTiers(before));
        assertEquals(before, Identities.as(operator, OPERATOR, () -> setup.tiers()));
        assertNotNull(before.get(0).id());
    }

    @Test
    void tiersMayMoveOntoEachOthersFormerSupports() throws Exception {
        List<SupportTier.Plan> before = Identities.as(operator, OPERATOR, () -> setup.tiers());
        // each tier takes the next one's number: row by row, the unique key on supports would be broken in between
        List<SupportTier.Plan> shifted = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            SupportTier.Plan p = before.get(i);
            int supports = i + 1 < before.size() ? before.get(i + 1).supports() : p.supports() * 2;
            shifted.add(new SupportTier.Plan(p.id(), supports, p.obliges(), p.answerDays(), p.answeringBureauId()));
        }
        try {
            Identities.run(operator, OPERATOR, () -> setup.saveTiers(shifted));
            assertEquals(shifted, Identities.as(operator, OPERATOR, () -> setup.tiers()));
        } finally {
            Identities.run(operator, OPERATOR, () -> setup.saveTiers(before));
        }
        assertEquals(before, Identities.as(operator, OPERATOR, () -> setup.tiers()));
    }
}
