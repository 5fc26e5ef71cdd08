package org.policyforum.award.entity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The round's winners as they stand once voting has closed: the citizens' winners from the vote and the officials'
 * picks so far. It decides who officials may still pick, and when the picks are complete. The unique keys (round,
 * member) and (round, jury, place) on the award rows settle two officials picking at the same moment.
 *
 * @param nominees         every nominee row of the round, listed or removed
 * @param votes            each voted nominee's votes, by nominee id
 * @param citizensWinners  the citizens' winners in place order; empty before voting has closed
 * @param picks            the officials' picks, by place
 */
public record Selection(
        AwardRound round,
        List<Nominee> nominees,
        Map<Long, Integer> votes,
        List<Nominee> citizensWinners,
        List<Award> picks) {

    public Selection {
        nominees = List.copyOf(nominees);
        votes = Map.copyOf(votes);
        citizensWinners = List.copyOf(citizensWinners);
        picks = List.copyOf(picks);
    }

    public int votesOf(Nominee nominee) {
        return votes.getOrDefault(nominee.getId(), 0);
    }

    public boolean isCitizensWinner(Nominee nominee) {
        return citizensWinners.stream().anyMatch(w -> w.getId().equals(nominee.getId()));
    }

    /**
     * What the officials must pick before an operator can confirm: the round's places, fewer only when too few
     * other members are on the shortlist besides the citizens' winners.
     */
    public int requiredPicks() {
        Set<Long> others = new HashSet<>();
        nominees.stream()
                .filter(Nominee::isListed)
                .forEach(n -> others.add(n.getMember().getId()));
        citizensWinners.forEach(n -> others.remove(n.getMember().getId()));
        return Math.min(round.getOfficialPlaces(), others.size());
    }

    public boolean isComplete() {
        return picks.size() >= requiredPicks();
    }

    /**
     * An official picks a winner among the nominees of the topics they are in charge of, with a one-line citation
     * (already cleaned by the caller). Refused for a member the citizens already chose or already picked, and beyond
     * the round's number of picks; the pick takes the lowest free place. The caller persists it.
     */
    public Award pick(Nominee nominee, Member official, String citation, Instant now) {
        round.requireSelection(now);
        if (citation.contains("\n") || citation.contains("\r")) {
            throw new RuleViolation("citation", "award.citation.oneLine");
        }
        if (!nominee.isListed()) {
            throw RuleViolation.of("award.select.notNominee");
        }
        if (!Nominee.inChargeOf(official, nominee.getOpinion())) {
            throw RuleViolation.of("award.outsideBureau");
        }
        Long member = nominee.getMember().getId();
        if (citizensWinners.stream().anyMatch(n -> n.getMember().getId().equals(member))) {
            throw RuleViolation.of("award.select.citizensWinner");
        }
        if (picks.stream().anyMatch(a -> a.getMember().getId().equals(member))) {
            throw RuleViolation.of("award.select.alreadyPicked");
        }
        if (picks.size() >= round.getOfficialPlaces()) {
            throw RuleViolation.of("award.select.tooMany", round.getOfficialPlaces());
        }
        Set<Integer> taken = picks.stream().map(Award::getPlace).collect(Collectors.toSet());
        int place = 1;
        while (taken.contains(place)) {
            place++;
        }
        return Award.byOfficial(nominee, place, official.getId(), citation, now);
    }
}
