package org.policyforum.award.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.award.entity.AwardCast.CLOSES;
import static org.policyforum.award.entity.AwardCast.CREATED;
import static org.policyforum.award.entity.AwardCast.MONTH;
import static org.policyforum.award.entity.AwardCast.NOMINATING;
import static org.policyforum.award.entity.AwardCast.OPENS;
import static org.policyforum.award.entity.AwardCast.SELECTING;
import static org.policyforum.award.entity.AwardCast.VOTING;
import static org.policyforum.award.entity.AwardCast.plan;
import static org.policyforum.award.entity.AwardCast.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/** The round's own rules: its schedule and phases, the shortlist, the citizens' votes, confirmation. */
class AwardRoundTest {

    final AwardCast cast = new AwardCast();

    static RuleViolation refusal(Executable attempt) {
        return assertThrows(RuleViolation.class, attempt);
    }

    static String key(Executable attempt) {
        return refusal(attempt).messageKey();
    }

    @Test
    void theClockMovesTheRoundThroughNominationVotingAndSelection() {
        AwardRound round = round(3, 5, 1);
        assertEquals(RoundPhase.NOMINATION, round.phase(OPENS.minusMillis(1)));
        assertEquals(RoundPhase.VOTING, round.phase(OPENS));
        assertEquals(RoundPhase.VOTING, round.phase(CLOSES.minusMillis(1)));
        assertEquals(RoundPhase.SELECTION, round.phase(CLOSES));
    }

    @Test
    void operatorsMoveItByHandAndConfirmBeforeAnnouncing() {
        AwardRound round = round(3, 0, 1);
        Shortlist shortlist =
                new Shortlist(round, List.of(cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"))));
        Instant early = NOMINATING;
        assertEquals("award.round.notVoting", key(() -> round.closeVotingNow(early)));
        round.openVotingNow(shortlist, early);
        assertEquals(RoundPhase.VOTING, round.phase(early));
        assertEquals("award.round.notInNomination", key(() -> round.openVotingNow(shortlist, early.plusSeconds(1))));
        assertEquals("award.announce.notComplete", key(() -> round.announce(early)));
        Selection none = AwardCast.selection(round, shortlist.nominees(), List.of(), List.of());
        assertEquals("award.confirm.notInSelection", key(() -> round.confirm(none, early)));
        round.closeVotingNow(early.plusSeconds(1));
        assertEquals(RoundPhase.SELECTION, round.phase(early.plusSeconds(1)));
        assertEquals("award.announce.notComplete", key(() -> round.announce(early.plusSeconds(2))));
        round.confirm(none, early.plusSeconds(2));
        assertEquals(RoundPhase.CONFIRMED, round.phase(early.plusSeconds(2)));
        assertEquals("award.confirm.notInSelection", key(() -> round.confirm(none, early.plusSeconds(3))));
        round.announce(early.plusSeconds(3));
        assertEquals(RoundPhase.ANNOUNCED, round.phase(CLOSES.plusSeconds(1)));
        assertTrue(round.isAnnounced());
        assertEquals("award.announce.notComplete", key(() -> round.announce(early.plusSeconds(4))));
    }

    @Test
    void votingDoesNotOpenOnAnEmptyShortlist() {
        AwardRound round = round(3, 5, 1);
        assertEquals(
                "award.round.noNominees", key(() -> round.openVotingNow(new Shortlist(round, List.of()), NOMINATING)));
        Nominee withdrawn = cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"));
        withdrawn.withdraw(cast.operator, "주제와 거리가 멉니다", NOMINATING);
        Shortlist onlyWithdrawn = new Shortlist(round, List.of(withdrawn));
        assertFalse(onlyWithdrawn.anyoneListed());
        assertEquals("award.round.noNominees", key(() -> round.openVotingNow(onlyWithdrawn, NOMINATING)));
        assertEquals(RoundPhase.NOMINATION, round.phase(NOMINATING));
    }

    @Test
    void settingsAreRefusedWithTheFieldsKey() {
        RuleViolation order = refusal(() -> new AwardRound(Forum.MAIN, MONTH, plan(3, 5, 1, CLOSES, OPENS), CREATED));
        assertEquals("award.round.window.order", order.messageKey());
        assertEquals("votingClosesAt", order.field());
        RuleViolation past = refusal(() -> new AwardRound(Forum.MAIN, MONTH, plan(3, 5, 1, OPENS, CLOSES), OPENS));
        assertEquals("award.round.window.past", past.messageKey());
        assertEquals("votingOpensAt", past.field());
        RuleViolation none = refusal(() -> new AwardRound(Forum.MAIN, MONTH, plan(0, 0, 1, OPENS, CLOSES), CREATED));
        assertEquals("award.round.places.none", none.messageKey());
        assertEquals("citizenPlaces", none.field());
        // what the form's bean validation refuses first is a caller's mistake past it
        assertThrows(
                IllegalArgumentException.class,
                () -> new AwardRound(Forum.MAIN, MONTH, plan(3, 5, 0, OPENS, CLOSES), CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AwardRound(Forum.MAIN, MONTH, plan(21, 5, 1, OPENS, CLOSES), CREATED));
    }

    @Test
    void settingsChangeOnlyDuringNomination() {
        AwardRound round = round(3, 5, 1);
        Instant later = CLOSES.plusSeconds(86400);
        round.change(new RoundPlan(1, 2, 3, false, CLOSES, later), NOMINATING);
        assertEquals(1, round.getCitizenPlaces());
        assertEquals(2, round.getOfficialPlaces());
        assertEquals(3, round.getVotesPerMember());
        assertFalse(round.isStandingsShown());
        assertEquals(CLOSES, round.getVotingOpensAt());
        assertEquals("award.round.window.past", key(() -> round.change(plan(3, 5, 1, NOMINATING, later), NOMINATING)));
        assertEquals(
                "award.round.notInNomination",
                key(() -> round.change(plan(3, 5, 1, later, later.plusSeconds(1)), CLOSES)));
        assertEquals(1, round.getCitizenPlaces(), "a refused change leaves the settings");
    }

    @Test
    void staffShortlistOpinionsOfTheTopicsTheyAreInChargeOf() {
        AwardRound round = round(3, 5, 1);
        Opinion transport = cast.opinion(cast.transportTopic, cast.citizen("가"));
        Shortlist empty = new Shortlist(round, List.of());
        RuleViolation outside =
                refusal(() -> empty.nominate(transport, 0, 0, cast.housingOfficial, "좋은 의견", NOMINATING));
        assertEquals("award.outsideBureau", outside.messageKey());
        assertEquals("opinion", outside.field());
        Member citizen = cast.citizen("나");
        assertEquals("award.outsideBureau", key(() -> empty.nominate(transport, 0, 0, citizen, "좋은 의견", NOMINATING)));

        Nominee nominee = empty.nominate(transport, 4, 2, cast.transportOfficial, "좋은 의견", NOMINATING);
        assertTrue(nominee.isListed());
        assertEquals(cast.transportOfficial.getId(), nominee.getProposedBy());
        assertEquals("좋은 의견", nominee.getReason());
        assertEquals(6, nominee.getScore());
        assertSame(transport.getAuthor(), nominee.getMember());
        assertEquals(
                "award.round.notInNomination",
                key(() -> empty.nominate(transport, 0, 0, cast.transportOfficial, "늦음", VOTING)));
        // operators act on every topic
        Opinion housing = cast.opinion(cast.housingTopic, cast.citizen("다"));
        assertTrue(empty.nominate(housing, 0, 0, cast.operator, "좋은 의견", NOMINATING)
                .isListed());
    }

    @Test
    void anOpinionIsListedOnceAndComesBackWithANewReason() {
        AwardRound round = round(3, 5, 1);
        Nominee nominee = cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"));
        Shortlist shortlist = new Shortlist(round, List.of(nominee));
        assertTrue(shortlist.lists(nominee.getOpinion()));
        RuleViolation again =
                refusal(() -> shortlist.nominate(nominee.getOpinion(), 0, 0, cast.transportOfficial, "또", NOMINATING));
        assertEquals("award.nominee.already", again.messageKey());
        assertEquals("opinion", again.field());

        nominee.withdraw(cast.transportOfficial, "주제와 거리가 멉니다", NOMINATING);
        assertFalse(shortlist.lists(nominee.getOpinion()));
        assertEquals("주제와 거리가 멉니다", nominee.getRemovalReason());
        Nominee back =
                shortlist.nominate(nominee.getOpinion(), 0, 0, cast.transportOfficial, "다시 보니 좋은 논점", NOMINATING);
        assertSame(nominee, back, "the same row comes back");
        assertTrue(back.isListed());
        assertEquals("다시 보니 좋은 논점", back.getReason());
        assertNull(back.getRemovalReason());
    }

    @Test
    void theSystemProposesOnlyNewOpinionsOfTheCallersTopics() {
        AwardRound round = round(3, 5, 1);
        Nominee listed = cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"));
        Nominee withdrawn = cast.nominee(new Shortlist(round, List.of()), cast.citizen("나"));
        withdrawn.withdraw(cast.operator, "제외", NOMINATING);
        Shortlist shortlist = new Shortlist(round, List.of(listed, withdrawn));
        Member official = cast.transportOfficial;
        assertTrue(shortlist
                .propose(listed.getOpinion(), 1, 1, official, NOMINATING)
                .isEmpty());
        assertTrue(
                shortlist
                        .propose(withdrawn.getOpinion(), 1, 1, official, NOMINATING)
                        .isEmpty(),
                "one an official took off stays off");
        Opinion housing = cast.opinion(cast.housingTopic, cast.citizen("다"));
        assertTrue(shortlist.propose(housing, 1, 1, official, NOMINATING).isEmpty());
        Opinion fresh = cast.opinion(cast.transportTopic, cast.citizen("라"));
        Nominee proposed = shortlist.propose(fresh, 3, 1, official, NOMINATING).orElseThrow();
        assertNull(proposed.getProposedBy());
        assertNull(proposed.getReason());
        assertEquals(4, proposed.getScore());
        assertEquals("award.round.notInNomination", key(() -> shortlist.propose(fresh, 3, 1, official, VOTING)));
    }

    @Test
    void staffWithdrawOnlyListedNomineesOfTheirTopicsBeforeVoting() {
        AwardRound round = round(3, 5, 1);
        Nominee nominee = cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"));
        assertEquals("award.outsideBureau", key(() -> nominee.withdraw(cast.housingOfficial, "다른 부서", NOMINATING)));
        assertEquals("award.round.notInNomination", key(() -> nominee.withdraw(cast.operator, "늦은 제외", VOTING)));
        assertTrue(nominee.isListed());
        nominee.withdraw(cast.transportOfficial, "주제와 거리가 멉니다", NOMINATING);
        assertFalse(nominee.isListed());
        assertEquals("notFound", key(() -> nominee.withdraw(cast.transportOfficial, "두 번", NOMINATING)));
    }

    @Test
    void aVerifiedMemberVotesWhileVotingIsOpenNotForThemselvesAndWithinTheirVotes() {
        AwardRound round = round(3, 5, 1);
        Member author = cast.citizen("가");
        Nominee nominee = cast.nominee(new Shortlist(round, List.of()), author);
        Member voter = cast.citizen("나");
        assertEquals("award.vote.notOpen", key(() -> nominee.voteBy(voter, 0, NOMINATING)));
        assertEquals("award.vote.notOpen", key(() -> nominee.voteBy(voter, 0, SELECTING)));
        Member unverified = AwardCast.withId(
                new Member("다", "da@example.test", "hash", null, 1990, true, java.util.Locale.KOREAN, CREATED), 999);
        assertEquals("award.vote.unverified", key(() -> nominee.voteBy(unverified, 0, VOTING)));
        assertEquals("award.vote.self", key(() -> nominee.voteBy(author, 0, VOTING)));
        RuleViolation already = refusal(() -> nominee.voteBy(voter, 1, VOTING));
        assertEquals("award.vote.already", already.messageKey());
        assertArrayEquals(new Object[] {1}, already.arguments());

        AwardVote vote = nominee.voteBy(voter, 0, VOTING);
        assertEquals(VOTING, vote.getCastAt());

        Nominee withdrawn = cast.nominee(new Shortlist(round, List.of()), cast.citizen("라"));
        withdrawn.withdraw(cast.operator, "제외", NOMINATING);
        assertEquals("award.vote.notNominee", key(() -> withdrawn.voteBy(voter, 0, VOTING)));
    }

    @Test
    void thePublicSeesTheShortlistOnceVotingOpensAndTheStandingsWhenTheRoundSaysSoOrOnceAnnounced() {
        AwardRound shown = round(3, 5, 1);
        assertFalse(shown.showsNominees(NOMINATING));
        assertTrue(shown.showsNominees(VOTING));
        assertTrue(shown.showsNominees(SELECTING));
        assertTrue(shown.showsStandings(VOTING));

        AwardRound hidden = new AwardRound(Forum.MAIN, MONTH, new RoundPlan(1, 0, 1, false, OPENS, CLOSES), CREATED);
        Nominee winner = cast.nominee(new Shortlist(hidden, List.of()), cast.citizen("가"));
        assertFalse(hidden.showsStandings(VOTING));
        assertFalse(hidden.showsStandings(SELECTING));
        hidden.confirm(AwardCast.selection(hidden, List.of(winner), List.of(winner), List.of()), SELECTING);
        assertFalse(hidden.showsStandings(SELECTING), "confirmed is not announced yet");
        hidden.announce(SELECTING);
        assertTrue(hidden.showsStandings(SELECTING));
    }

    @Test
    void aMemberHasVotesLeftOnlyWhileVotingIsOpen() {
        AwardRound round = round(3, 5, 2);
        assertEquals(0, round.votesLeft(0, NOMINATING));
        assertEquals(2, round.votesLeft(0, VOTING));
        assertEquals(1, round.votesLeft(1, VOTING));
        assertEquals(0, round.votesLeft(3, VOTING));
        assertEquals(0, round.votesLeft(0, SELECTING));
    }

    @Test
    void theRoundPageShowsTheOpinionsOpeningAndNothingOnceItIsWithdrawn() {
        AwardRound round = round(3, 5, 1);
        Member author = cast.citizen("가");
        Opinion longOne = AwardCast.withId(
                new Opinion(cast.transportTopic, author, Stance.PRO, "가".repeat(Nominee.EXCERPT + 1), CREATED), 500);
        Nominee nominee = cast.nominee(new Shortlist(round, List.of()), longOne);
        assertEquals("가".repeat(Nominee.EXCERPT) + "…", nominee.excerpt());
        Nominee shortOne = cast.nominee(new Shortlist(round, List.of()), author);
        assertEquals("의견 본문", shortOne.excerpt());
        longOne.withdraw();
        assertEquals("", nominee.excerpt());
    }

    @Test
    void withSeveralVotesEachTakesTheNextSlotUntilNoneAreLeft() throws Exception {
        AwardRound round = round(3, 5, 3);
        Nominee nominee = cast.nominee(new Shortlist(round, List.of()), cast.citizen("가"));
        Member voter = cast.citizen("나");
        java.lang.reflect.Field slot = AwardVote.class.getDeclaredField("slot");
        slot.setAccessible(true);
        assertEquals(3, slot.get(nominee.voteBy(voter, 2, VOTING)));
        RuleViolation noneLeft = refusal(() -> nominee.voteBy(voter, 3, VOTING));
        assertEquals("award.vote.noneLeft", noneLeft.messageKey());
        assertArrayEquals(new Object[] {3}, noneLeft.arguments());
    }

    @Test
    void confirmingWritesTheCitizensWinnersDownOnceThePicksAreComplete() {
        AwardRound round = round(2, 1, 1);
        Shortlist building = new Shortlist(round, List.of());
        Nominee first = cast.nominee(building, cast.citizen("가"));
        Nominee second = cast.nominee(building, cast.citizen("나"));
        Nominee third = cast.nominee(building, cast.citizen("다"));
        List<Nominee> all = List.of(first, second, third);
        List<Nominee> winners = List.of(first, second);
        Selection open = new Selection(round, all, Map.of(first.getId(), 5, second.getId(), 3), winners, List.of());
        assertEquals(1, open.requiredPicks());
        RuleViolation incomplete = refusal(() -> round.confirm(open, SELECTING));
        assertEquals("award.confirm.incomplete", incomplete.messageKey());
        assertArrayEquals(new Object[] {0, 1}, incomplete.arguments());
        assertEquals(RoundPhase.SELECTION, round.phase(SELECTING));

        Award pick = open.pick(third, cast.transportOfficial, "꼼꼼한 근거", SELECTING);
        Selection complete = new Selection(round, all, open.votes(), winners, List.of(pick));
        List<Award> citizens = round.confirm(complete, SELECTING);
        assertEquals(2, citizens.size());
        assertSame(first, citizens.get(0).getNominee());
        assertEquals(1, citizens.get(0).getPlace());
        assertEquals(5, citizens.get(0).getVotes());
        assertEquals(Jury.CITIZENS, citizens.get(1).getJury());
        assertEquals(2, citizens.get(1).getPlace());
        assertEquals(3, citizens.get(1).getVotes());
        assertEquals(RoundPhase.CONFIRMED, round.phase(SELECTING));
    }
}
