package org.policyforum.award.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;

/**
 * A round's shortlist as it stands: every opinion ever put on it, those taken off again included (their rows stay,
 * with the reason). It decides what may be added during nomination; the unique key (round, opinion) settles two
 * officials adding the same opinion at the same moment.
 *
 * @param nominees every nominee row of the round, listed or removed
 */
public record Shortlist(AwardRound round, List<Nominee> nominees) {

    public Shortlist {
        nominees = List.copyOf(nominees);
    }

    /** Whether anyone is on the list: voting does not open on an empty shortlist. */
    public boolean anyoneListed() {
        return nominees.stream().anyMatch(Nominee::isListed);
    }

    /** Whether the opinion is on the list now (a candidate to add is one that is not). */
    public boolean lists(Opinion opinion) {
        return find(opinion).filter(Nominee::isListed).isPresent();
    }

    /**
     * Staff add an opinion by hand, with a reason voters see: a new nominee for the caller to persist, or the
     * opinion's earlier row (taken off before) back on the list.
     */
    public Nominee nominate(Opinion opinion, int agreements, int comments, Member staff, String reason, Instant now) {
        round.requireNomination(now);
        if (!Nominee.inChargeOf(staff, opinion)) {
            throw new RuleViolation("opinion", "award.outsideBureau");
        }
        Optional<Nominee> earlier = find(opinion);
        if (earlier.isEmpty()) {
            return new Nominee(round, opinion, agreements, comments, staff.getId(), reason, now);
        }
        earlier.get().relist(staff.getId(), reason);
        return earlier.get();
    }

    /**
     * The system's proposal from the month's activity, made on the caller's behalf: only for an opinion never on
     * the list (one an official took off stays off) and one the caller is in charge of, like every shortlist edit.
     * No reason: its numbers speak.
     */
    public Optional<Nominee> propose(Opinion opinion, int agreements, int comments, Member staff, Instant now) {
        round.requireNomination(now);
        if (find(opinion).isPresent() || !Nominee.inChargeOf(staff, opinion)) {
            return Optional.empty();
        }
        return Optional.of(new Nominee(round, opinion, agreements, comments, null, null, now));
    }

    private Optional<Nominee> find(Opinion opinion) {
        return nominees.stream()
                .filter(n -> n.getOpinion().getId().equals(opinion.getId()))
                .findFirst();
    }
}
