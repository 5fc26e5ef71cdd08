package org.policyforum.award.boundary;

import java.time.YearMonth;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.topic.entity.Forum;

/** One award of a member, for profiles; {@code prize} and {@code addressGiven} only on the member's own page. */
public record MemberAward(
        long awardId,
        long roundId,
        Forum forum,
        YearMonth month,
        Jury jury,
        String citation,
        PrizeStatus prize,
        boolean addressGiven) {

    /** As anyone may see it: no prize details. */
    static MemberAward shownToAll(Award award) {
        return of(award, null, false);
    }

    /** As the winner sees it: the prize's status and whether an address is on file. */
    static MemberAward shownToWinner(Award award) {
        return of(award, award.getPrizeStatus(), award.getDeliveryAddress() != null);
    }

    private static MemberAward of(Award award, PrizeStatus prize, boolean addressGiven) {
        return new MemberAward(
                award.getId(),
                award.getRound().getId(),
                award.getRound().getForum(),
                award.getRound().getMonth(),
                award.getJury(),
                award.getCitation(),
                prize,
                addressGiven);
    }
}
