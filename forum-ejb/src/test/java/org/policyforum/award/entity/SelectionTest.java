package org.policyforum.award.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.award.entity.AwardCast.NOMINATING;
import static org.policyforum.award.entity.AwardCast.SELECTING;
import static org.policyforum.award.entity.AwardCast.VOTING;
import static org.policyforum.award.entity.AwardCast.round;
import static org.policyforum.award.entity.AwardCast.selection;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;

/** Who officials may pick once voting has closed, how many, in which place; and taking a pick back. */
class SelectionTest {

    final AwardCast cast = new AwardCast();
    final AwardRound round = round(1, 2, 1);
    final Shortlist building = new Shortlist(round, List.of());
    final Member citizensChoice = cast.citizen("가");
    final Nominee winner = cast.nominee(building, citizensChoice);
    final Nominee other = cast.nominee(building, cast.citizen("나"));
    final Nominee third = cast.nominee(building, cast.citizen("다"));
    final Nominee fourth = cast.nominee(building, cast.citizen("라"));
    final List<Nominee> all = List.of(winner, other, third, fourth);

    static String key(Executable attempt) {
        return assertThrows(RuleViolation.class, attempt).messageKey();
    }

    Selection with(Award... picks) {
        return selection(round, all, List.of(winner), List.of(picks));
    }

    @Test
    void officialsPickOnlyDuringSelection() {
        Selection selection = with();
        assertEquals(
                "award.select.notInSelection",
                key(() -> selection.pick(other, cast.transportOfficial, "이른 선정", VOTING)));
        assertEquals(
                "award.select.notInSelection",
                key(() -> selection.pick(other, cast.transportOfficial, "이른 선정", NOMINATING)));
    }

    @Test
    void aPickNeedsAOneLineCitationAListedNomineeAndTheOfficialsOwnTopic() {
        Selection selection = with();
        RuleViolation twoLines = assertThrows(
                RuleViolation.class, () -> selection.pick(other, cast.transportOfficial, "첫 줄\n둘째 줄", SELECTING));
        assertEquals("award.citation.oneLine", twoLines.messageKey());
        assertEquals("citation", twoLines.field());
        assertEquals(
                "award.citation.oneLine", key(() -> selection.pick(other, cast.transportOfficial, "첫 줄\r", SELECTING)));
        assertEquals("award.outsideBureau", key(() -> selection.pick(other, cast.housingOfficial, "다른 부서", SELECTING)));
        Member citizen = cast.citizen("마");
        assertEquals("award.outsideBureau", key(() -> selection.pick(other, citizen, "시민", SELECTING)));
        other.withdraw(cast.operator, "제외", NOMINATING);
        assertEquals(
                "award.select.notNominee", key(() -> selection.pick(other, cast.transportOfficial, "제외됨", SELECTING)));
    }

    @Test
    void nobodyWinsTwice() {
        assertEquals("award.select.citizensWinner", key(() -> with().pick(
                        winner, cast.transportOfficial, "시민이 이미 뽑음", SELECTING)));
        Award picked = with().pick(other, cast.transportOfficial, "구체적인 대안", SELECTING);
        assertEquals(
                "award.select.alreadyPicked", key(() -> with(picked).pick(other, cast.operator, "두 번", SELECTING)));
        // the same member's other opinion is the same member
        Nominee sameAuthor = cast.nominee(building, cast.opinion(cast.transportTopic, other.getMember()));
        assertEquals("award.select.alreadyPicked", key(() -> with(picked)
                .pick(sameAuthor, cast.operator, "두 번", SELECTING)));
    }

    @Test
    void picksTakeTheLowestFreePlaceUpToTheRoundsPicks() {
        Award first = with().pick(other, cast.transportOfficial, "첫째", SELECTING);
        assertEquals(1, first.getPlace());
        assertEquals(Jury.OFFICIALS, first.getJury());
        assertEquals(cast.transportOfficial.getId(), first.getPickedBy());
        assertEquals("첫째", first.getCitation());
        assertSame(other.getMember(), first.getMember());
        Award second = with(first).pick(third, cast.operator, "둘째", SELECTING);
        assertEquals(2, second.getPlace());
        RuleViolation tooMany = assertThrows(
                RuleViolation.class, () -> with(first, second).pick(fourth, cast.operator, "셋째", SELECTING));
        assertEquals("award.select.tooMany", tooMany.messageKey());
        assertArrayEquals(new Object[] {2}, tooMany.arguments());
        // a place given back is taken again
        assertEquals(
                1, with(second).pick(fourth, cast.operator, "다시 첫째", SELECTING).getPlace());
    }

    @Test
    void thePicksAreCompleteAtTheRoundsPlacesOrWhenTheShortlistRunsOut() {
        assertEquals(2, with().requiredPicks());
        assertFalse(with().isComplete());
        Award first = with().pick(other, cast.operator, "첫째", SELECTING);
        assertFalse(with(first).isComplete());
        assertTrue(with(first, with(first).pick(third, cast.operator, "둘째", SELECTING))
                .isComplete());
        // only one member besides the citizens' winner is left on the list
        third.withdraw(cast.operator, "제외", NOMINATING);
        fourth.withdraw(cast.operator, "제외", NOMINATING);
        assertEquals(1, with().requiredPicks());
        assertTrue(with(first).isComplete());
    }

    @Test
    void staffTakeBackTheirOwnTopicsPicksBeforeConfirmation() {
        Award pick = with().pick(other, cast.transportOfficial, "첫째", SELECTING);
        assertEquals("notFound", key(() -> pick.requireRetractableBy(cast.housingOfficial, SELECTING)));
        pick.requireRetractableBy(cast.transportOfficial, SELECTING);
        pick.requireRetractableBy(cast.operator, SELECTING);
        Award citizens = Award.byCitizens(winner, 1, 3, SELECTING);
        assertEquals("notFound", key(() -> citizens.requireRetractableBy(cast.operator, SELECTING)));
        round.confirm(with(pick, with(pick).pick(third, cast.operator, "둘째", SELECTING)), SELECTING);
        assertEquals(
                "award.select.notInSelection", key(() -> pick.requireRetractableBy(cast.transportOfficial, SELECTING)));
    }
}
