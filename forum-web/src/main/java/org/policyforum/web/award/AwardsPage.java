package org.policyforum.web.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.award.boundary.AwardBoard;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.boundary.CitizenVotes;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;
import org.policyforum.web.platform.FacesMessages;

/** The awards page: a forum's current round (or a past one by id), its nominees and vote, and its winners. */
@Named
@ViewScoped
public class AwardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardBoard board;

    @Inject
    CitizenVotes votes;

    private String forum;
    private String round;
    private transient RoundView view;

    /** f:viewAction: a round id that does not parse or exist shows the forum's current round instead. */
    public void load() {
        Long id = roundId();
        view = id == null ? null : board.round(id).orElse(null);
        if (view == null) {
            view = board.current(getForumValue()).orElse(null);
        }
    }

    public void vote(long nomineeId) {
        try {
            votes.voteFor(nomineeId);
            FacesMessages.info("award.vote.cast");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "nominees");
        }
        view = board.round(view.id()).orElse(view);
    }

    public Forum getForumValue() {
        try {
            return forum == null ? Forum.MAIN : Forum.valueOf(forum);
        } catch (IllegalArgumentException e) {
            return Forum.MAIN;
        }
    }

    private Long roundId() {
        try {
            return round == null || round.isBlank() ? null : Long.valueOf(round);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public RoundView getView() {
        return view;
    }

    public String getForum() {
        return forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }
}
