package org.policyforum.award.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.policyforum.award.entity.AwardCast.SELECTING;
import static org.policyforum.award.entity.AwardCast.round;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A prize's moves: only for an announced round, to SENT or DECLINED, once; the address goes with it, and only the
 * winner gives it.
 */
class AwardTest {

    final AwardCast cast = new AwardCast();
    final AwardRound round = round(1, 0, 1);
    final Award award =
            Award.byCitizens(cast.nominee(new Shortlist(round, List.of()), cast.citizen("가")), 1, 3, SELECTING);
    final Instant later = SELECTING.plusSeconds(60);

    static String key(Executable attempt) {
        return assertThrows(RuleViolation.class, attempt).messageKey();
    }

    void announce() {
        round.confirm(
                AwardCast.selection(round, List.of(award.getNominee()), List.of(award.getNominee()), List.of()),
                SELECTING);
        round.announce(SELECTING);
    }

    @Test
    void aPrizeOfAnUnannouncedRoundIsNotThereYet() {
        assertEquals("notFound", key(() -> award.fulfil(PrizeStatus.SENT, later)));
        assertEquals(PrizeStatus.PENDING, award.getPrizeStatus());
    }

    @Test
    void onlyTheWinnerGivesAnAddressOnceTheRoundIsAnnouncedAndWhileThePrizeIsPending() {
        Member winner = award.getMember();
        assertEquals("notFound", key(() -> award.requireAddressableBy(winner)));
        announce();
        assertEquals("notFound", key(() -> award.requireAddressableBy(cast.citizen("나"))));
        award.requireAddressableBy(winner);
        award.fulfil(PrizeStatus.DECLINED, later);
        assertEquals("award.prize.done", key(() -> award.requireAddressableBy(winner)));
    }

    @Test
    void aPrizeEndsSentOrDeclinedOnceAndTheAddressIsErased() {
        announce();
        award.giveAddress("서울특별시 중구 세종대로 110");
        RuleViolation pending = assertThrows(RuleViolation.class, () -> award.fulfil(PrizeStatus.PENDING, later));
        assertEquals("award.prize.outcome", pending.messageKey());
        assertEquals("prizeStatus", pending.field());
        assertEquals("award.prize.outcome", key(() -> award.fulfil(null, later)));
        award.fulfil(PrizeStatus.SENT, later);
        assertEquals(PrizeStatus.SENT, award.getPrizeStatus());
        assertEquals(later, award.getFulfilledAt());
        assertNull(award.getDeliveryAddress());
        assertEquals("award.prize.done", key(() -> award.fulfil(PrizeStatus.DECLINED, later)));
        assertEquals("award.prize.done", key(() -> award.giveAddress("다시 주소")));
    }
}
