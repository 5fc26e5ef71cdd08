package org.policyforum.award.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.topic.entity.Forum;

/**
 * What an operator fills in to open (or re-plan) a round. Times are wall-clock times in the organisation's time zone;
 * the numbers start at the seed's defaults.
 */
public class RoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{award.round.forum.required}")
    private Forum forum = Forum.MAIN;

    @NotNull(message = "{award.round.month.required}")
    private YearMonth month;

    @Min(value = 0, message = "{award.round.places.range}")
    @Max(value = AwardRound.MAX_PLACES, message = "{award.round.places.range}")
    private int citizenPlaces = AwardRound.DEFAULT_CITIZEN_PLACES;

    @Min(value = 0, message = "{award.round.places.range}")
    @Max(value = AwardRound.MAX_PLACES, message = "{award.round.places.range}")
    private int officialPlaces = AwardRound.DEFAULT_OFFICIAL_PLACES;

    @Min(value = 1, message = "{award.round.votes.range}")
    @Max(value = AwardRound.MAX_PLACES, message = "{award.round.votes.range}")
    private int votesPerMember = AwardRound.DEFAULT_VOTES_PER_MEMBER;

    private boolean standingsShown = true;

    @NotNull(message = "{award.round.votingOpensAt.required}")
    private LocalDateTime votingOpensAt;

    @NotNull(message = "{award.round.votingClosesAt.required}")
    private LocalDateTime votingClosesAt;

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public int getCitizenPlaces() {
        return citizenPlaces;
    }

    public void setCitizenPlaces(int citizenPlaces) {
        this.citizenPlaces = citizenPlaces;
    }

    public int getOfficialPlaces() {
        return officialPlaces;
    }

    public void setOfficialPlaces(int officialPlaces) {
        this.officialPlaces = officialPlaces;
    }

    public int getVotesPerMember() {
        return votesPerMember;
    }

    public void setVotesPerMember(int votesPerMember) {
        this.votesPerMember = votesPerMember;
    }

    public boolean isStandingsShown() {
        return standingsShown;
    }

    public void setStandingsShown(boolean standingsShown) {
        this.standingsShown = standingsShown;
    }

    public LocalDateTime getVotingOpensAt() {
        return votingOpensAt;
    }

    public void setVotingOpensAt(LocalDateTime votingOpensAt) {
        this.votingOpensAt = votingOpensAt;
    }

    public LocalDateTime getVotingClosesAt() {
        return votingClosesAt;
    }

    public void setVotingClosesAt(LocalDateTime votingClosesAt) {
        this.votingClosesAt = votingClosesAt;
    }
}
