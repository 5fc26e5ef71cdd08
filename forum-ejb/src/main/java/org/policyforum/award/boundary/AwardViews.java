package org.policyforum.award.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.discussion.entity.Opinion;
import org.policyforum.topic.entity.Forum;

/** What the award boundaries answer: the records the pages show (built by the award controls). */
public final class AwardViews {

    private AwardViews() {}

    /**
     * A nominee on the public page. {@code votes} is null while the round keeps its standings hidden.
     * {@code mine}: the visitor's own opinion; {@code votedByMe}: the visitor voted for it.
     */
    public record NomineeView(
            long id,
            String name,
            long topicId,
            String topicTitle,
            String excerpt,
            String reason,
            int agreements,
            int comments,
            Integer votes,
            boolean mine,
            boolean votedByMe)
            implements Serializable {}

    public record WinnerView(
            Jury jury,
            int place,
            long memberId,
            String name,
            long topicId,
            String topicTitle,
            String excerpt,
            String citation,
            int votes)
            implements Serializable {}

    /**
     * A round as the public sees it. Nominees appear once voting opens (the shortlist is not final before); winners
     * once announced. {@code votesLeft} is for the logged-in visitor, 0 otherwise.
     */
    public record RoundView(
            long id,
            Forum forum,
            YearMonth month,
            RoundPhase phase,
            Instant votingOpensAt,
            Instant votingClosesAt,
            int citizenPlaces,
            int officialPlaces,
            int votesPerMember,
            boolean standingsShown,
            List<NomineeView> nominees,
            List<WinnerView> winners,
            int votesLeft)
            implements Serializable {
        public boolean votingOpen() {
            return phase == RoundPhase.VOTING;
        }

        public List<WinnerView> byCitizens() {
            return winners.stream().filter(w -> w.jury() == Jury.CITIZENS).toList();
        }

        public List<WinnerView> byOfficials() {
            return winners.stream().filter(w -> w.jury() == Jury.OFFICIALS).toList();
        }
    }

    /** An eligible opinion ranked for the shortlist: its score is its agreements plus its comments. */
    public record Candidate(Opinion opinion, int agreements, int comments) {
        public int score() {
            return agreements + comments;
        }
    }
}
