package org.policyforum.web.admin.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.omnifaces.util.Faces;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.AwardRounds.RoundReview;
import org.policyforum.award.boundary.AwardViews.Candidate;
import org.policyforum.award.boundary.OfficialPicks;
import org.policyforum.award.boundary.Prizes;
import org.policyforum.award.boundary.Shortlists;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.member.CurrentUser;
import org.policyforum.web.platform.FacesMessages;

/**
 * One round in the admin console: the shortlist (officials add and remove with a reason), the officials' picks with
 * citations, the operator's schedule moves, confirmation and announcement, and the prizes.
 */
@Named
@ViewScoped
public class AwardRoundAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CANDIDATES_SHOWN = 30;

    @Inject
    AwardRounds rounds;

    @Inject
    Shortlists shortlists;

    @Inject
    OfficialPicks picks;

    @Inject
    Prizes prizeDesk;

    @Inject
    CurrentUser currentUser;

    private String id;
    private transient RoundReview review;
    private transient List<Candidate> candidates;
    private transient List<Award> prizes;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> citations = new HashMap<>();

    /** f:viewAction: an unknown round is a plain 404. */
    public void load() throws IOException {
        try {
            review = roundId() == null ? null : rounds.review(roundId());
        } catch (RuleViolation notFound) {
            review = null;
        }
        if (review == null) {
            Faces.responseSendError(404, "no such round");
        }
    }

    private Long roundId() {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        review = rounds.review(roundId());
        candidates = null;
        prizes = null;
    }

    private void attempt(Runnable action, String done, String formId) {
        try {
            action.run();
            if (done != null) {
                FacesMessages.info(done);
            }
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, formId);
        }
        refresh();
    }

    public void propose() {
        attempt(
                () -> {
                    int added = shortlists.propose(roundId());
                    FacesMessages.info("admin.award.proposed", added);
                },
                null,
                "shortlist");
    }

    public void nominate(long opinionId) {
        attempt(
                () -> shortlists.nominate(roundId(), opinionId, reasons.get(-opinionId)),
                "admin.award.saved",
                "candidates");
        reasons.remove(-opinionId);
    }

    public void removeNominee(long nomineeId) {
        attempt(() -> shortlists.withdraw(nomineeId, reasons.get(nomineeId)), "admin.award.saved", "shortlist");
        reasons.remove(nomineeId);
    }

    public void select(long nomineeId) {
        attempt(() -> picks.select(nomineeId, citations.get(nomineeId)), "admin.award.selected", "shortlist");
        citations.remove(nomineeId);
    }

    public void unselect(long awardId) {
        attempt(() -> picks.unselect(awardId), "admin.award.saved", "picks");
    }

    public void openVotingNow() {
        move(rounds::openVotingNow);
    }

    public void closeVotingNow() {
        move(rounds::closeVotingNow);
    }

    public void confirm() {
        move(rounds::confirm);
    }

    public void announce() {
        move(rounds::announce);
    }

    private void move(LongConsumer action) {
        attempt(() -> action.accept(roundId()), "admin.award.moved", "phase");
    }

    public void markSent(long awardId) {
        attempt(() -> prizeDesk.fulfil(awardId, PrizeStatus.SENT), "admin.award.prizeDone", "prizes");
    }

    public void markDeclined(long awardId) {
        attempt(() -> prizeDesk.fulfil(awardId, PrizeStatus.DECLINED), "admin.award.prizeDone", "prizes");
    }

    public List<Candidate> getCandidates() {
        if (candidates == null) {
            candidates = review.phase() == org.policyforum.award.entity.RoundPhase.NOMINATION
                    ? shortlists.candidates(roundId(), CANDIDATES_SHOWN)
                    : List.of();
        }
        return candidates;
    }

    /** The prize table is the operators' only: it carries the winners' addresses. */
    public List<Award> getPrizes() {
        if (prizes == null) {
            prizes = currentUser.hasRole("OPERATOR") && review.round().isAnnounced()
                    ? prizeDesk.ofRound(roundId())
                    : List.of();
        }
        return prizes;
    }

    public RoundReview getReview() {
        return review;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getCitations() {
        return citations;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
