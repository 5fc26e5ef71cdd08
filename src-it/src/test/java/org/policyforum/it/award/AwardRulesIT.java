package org.policyforum.it.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.award.AwardScenario.CITIZEN;
import static org.policyforum.it.award.AwardScenario.OFFICIAL;
import static org.policyforum.it.award.AwardScenario.OPERATOR;
import static org.policyforum.it.award.AwardScenario.count;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.award.boundary.AwardBoard;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.AwardViews.WinnerView;
import org.policyforum.award.boundary.CitizenVotes;
import org.policyforum.award.boundary.HallOfFame;
import org.policyforum.award.boundary.MyAwards;
import org.policyforum.award.boundary.OfficialPicks;
import org.policyforum.award.boundary.Prizes;
import org.policyforum.award.boundary.Shortlists;
import org.policyforum.award.entity.Award;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Jury;
import org.policyforum.award.entity.Nominee;
import org.policyforum.award.entity.PrizeStatus;
import org.policyforum.award.entity.RoundPhase;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * Each rule of an award round, with each bad input of the issue refused by its message and nothing stored: the
 * shortlist, the citizens' vote, the officials' selection, confirmation and announcement, the tie rule, the prizes.
 */
@ExtendWith(ArquillianExtension.class)
class AwardRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(AwardRulesIT.class, AwardScenario.class);
    }

    @Inject
    AwardRounds rounds;

    @Inject
    Shortlists shortlists;

    @Inject
    OfficialPicks picks;

    @Inject
    Prizes prizes;

    @Inject
    AwardBoard board;

    @Inject
    CitizenVotes votes;

    @Inject
    HallOfFame hallOfFame;

    @Inject
    MyAwards myAwards;

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    MailPort mail;

    @Resource
    ManagedExecutorService executor;

    YearMonth month;
    long operator;
    long bureauA;
    long bureauB;
    long officialA;
    long officialB;
    long topicA;
    long topicB;
    long alice;
    long bob;
    long carol;
    long dave;

    @BeforeEach
    void aMonthWithTwoTopics() throws Exception {
        month = AwardScenario.freshMonth();
        operator = AwardScenario.operator(signUps);
        bureauA = AwardScenario.bureau(bureaus, operator);
        bureauB = AwardScenario.bureau(bureaus, operator);
        officialA = AwardScenario.official(signUps, bureauA);
        officialB = AwardScenario.official(signUps, bureauB);
        topicA = AwardScenario.openTopic(administration, operator, bureauA, Forum.MAIN, month);
        topicB = AwardScenario.openTopic(administration, operator, bureauB, Forum.MAIN, month);
        alice = Fixtures.citizen(signUps, 1990);
        bob = Fixtures.citizen(signUps, 1985);
        carol = Fixtures.citizen(signUps, 1970);
        dave = Fixtures.citizen(signUps, 1960);
    }

    long opinion(long author, long topic, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> opinions.post(topic, Stance.PRO, body))
                .getId();
    }

    void agree(long member, long opinion) throws Exception {
        Identities.as(member, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
    }

    String refusal(long member, Set<String> roles, Identities.ThrowingRunnable action) {
        return assertThrows(RuleViolation.class, () -> Identities.run(member, roles, action))
                .messageKey();
    }

    long nomineeOf(AwardRound round, long opinion) throws Exception {
        return Identities.as(operator, OPERATOR, () -> rounds.review(round.getId())).nominees().stream()
                .filter(l -> l.nominee().getOpinion().getId() == opinion)
                .findFirst()
                .orElseThrow()
                .nominee()
                .getId();
    }

    @Test
    void theSystemProposesTheMonthsBestVisibleOpinionsAndOfficialsEditTheShortlistWithReasons() throws Exception {
        long popular = opinion(alice, topicA, "많은 공감을 받은 의견");
        long discussed = opinion(bob, topicA, "댓글이 많은 의견");
        long quiet = opinion(carol, topicB, "조용한 의견");
        long withdrawn = opinion(dave, topicB, "철회한 의견");
        agree(bob, popular);
        agree(carol, popular);
        agree(dave, popular);
        Identities.as(alice, CITIZEN, () -> opinions.comment(discussed, null, "좋은 지적"));
        Identities.as(carol, CITIZEN, () -> opinions.comment(discussed, null, "동의"));
        Identities.run(dave, CITIZEN, () -> opinions.withdraw(withdrawn));
        long otherMonth = AwardScenario.openTopic(administration, operator, bureauA, Forum.MAIN, month.plusMonths(1));
        long elsewhere = opinion(dave, otherMonth, "다른 달 의견");
        long youthTopic = AwardScenario.openTopic(administration, operator, bureauA, Forum.YOUTH, month);
        Fixtures.grant(carol, "YOUTH_PANELIST");
        long youth = Identities.as(
                        carol,
                        Set.of("CITIZEN", "YOUTH_PANELIST"),
                        () -> opinions.post(youthTopic, Stance.CON, "청소년 의견"))
                .getId();
        long closedAccount = opinion(Fixtures.citizen(signUps, 1999), topicB, "탈퇴한 회원의 의견");
        AwardScenario.update(
                "UPDATE member SET status = 'CLOSED' WHERE id = (SELECT author_id FROM opinion WHERE id = ?)",
                closedAccount);

        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 3, 5, 1);
        assertEquals(3, (int) Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId())));
        var shortlist = Identities.as(operator, OPERATOR, () -> rounds.review(round.getId()))
                .nominees();
        assertEquals(
                List.of(popular, discussed, quiet),
                shortlist.stream().map(l -> l.nominee().getOpinion().getId()).toList(),
                "agreements and comments rank; withdrawn, other month, other forum and closed accounts are left out");
        assertEquals(3, shortlist.get(0).nominee().getAgreements());
        assertEquals(2, shortlist.get(1).nominee().getComments());

        // bad input on the shortlist, nothing stored
        long before = count("SELECT COUNT(*) FROM award_nominee WHERE round_id = ?", round.getId());
        assertEquals(
                "award.reason.required",
                refusal(officialB, OFFICIAL, () -> shortlists.nominate(round.getId(), youth, " ")));
        assertEquals(
                "award.nominee.notEligible",
                refusal(officialA, OFFICIAL, () -> shortlists.nominate(round.getId(), elsewhere, "다른 달")));
        assertEquals(
                "award.nominee.notEligible",
                refusal(officialB, OFFICIAL, () -> shortlists.nominate(round.getId(), withdrawn, "철회")));
        assertEquals(
                "award.nominee.already",
                refusal(officialA, OFFICIAL, () -> shortlists.nominate(round.getId(), popular, "또")));
        long quietNominee = nomineeOf(round, quiet);
        assertEquals(
                "award.outsideBureau", refusal(officialA, OFFICIAL, () -> shortlists.withdraw(quietNominee, "다른 부서")));
        assertEquals(
                "award.reason.required", refusal(officialB, OFFICIAL, () -> shortlists.withdraw(quietNominee, "")));
        assertEquals(before, count("SELECT COUNT(*) FROM award_nominee WHERE round_id = ?", round.getId()));

        Identities.run(officialB, OFFICIAL, () -> shortlists.withdraw(quietNominee, "주제와 거리가 멉니다"));
        Nominee back =
                Identities.as(officialB, OFFICIAL, () -> shortlists.nominate(round.getId(), quiet, "다시 보니 좋은 논점"));
        assertEquals("다시 보니 좋은 논점", back.getReason());
        assertEquals(
                2,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action IN ('award.nominee.remove', "
                                + "'award.nominee.add') AND actor_id = ?",
                        officialB));

        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        assertEquals(
                "award.round.notInNomination",
                refusal(officialA, OFFICIAL, () -> shortlists.withdraw(nomineeOf(round, popular), "늦은 제외")));
        var view = board.round(round.getId()).orElseThrow();
        assertEquals(3, view.nominees().size());
        assertEquals(
                "다시 보니 좋은 논점",
                view.nominees().stream()
                        .filter(n -> n.id() == back.getId())
                        .findFirst()
                        .orElseThrow()
                        .reason());
    }

    @Test
    @ExactlyOnce
    void citizensVoteOnceInsideTheWindowForANomineeNotThemselvesAsVerifiedMembers() throws Exception {
        long aliceOpinion = opinion(alice, topicA, "앨리스의 의견");
        long bobOpinion = opinion(bob, topicB, "밥의 의견");
        long notNominated = opinion(dave, topicB, "후보가 아닌 의견");
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 3, 5, 1);
        Identities.run(officialA, OFFICIAL, () -> shortlists.nominate(round.getId(), aliceOpinion, "좋은 의견"));
        Identities.run(officialB, OFFICIAL, () -> shortlists.nominate(round.getId(), bobOpinion, "좋은 의견"));
        long aliceNominee = nomineeOf(round, aliceOpinion);
        long bobNominee = nomineeOf(round, bobOpinion);

        assertEquals("award.vote.notOpen", refusal(carol, CITIZEN, () -> votes.voteFor(aliceNominee)));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));

        assertEquals("award.vote.notNominee", refusal(carol, CITIZEN, () -> votes.voteFor(notNominated)));
        assertEquals("award.vote.self", refusal(alice, CITIZEN, () -> votes.voteFor(aliceNominee)));
        long unverified = Fixtures.citizen(signUps, 1995);
        AwardScenario.unverify(unverified);
        assertEquals("award.vote.unverified", refusal(unverified, Set.of(), () -> votes.voteFor(aliceNominee)));
        assertEquals(0, count("SELECT COUNT(*) FROM award_vote WHERE round_id = ?", round.getId()));

        List<String> results = Parallel.outcomes(executor, 20, () -> {
            Identities.run(carol, CITIZEN, () -> votes.voteFor(aliceNominee));
            return "stored";
        });
        assertEquals(1, results.stream().filter("stored"::equals).count(), results::toString);
        assertTrue(
                results.stream().allMatch(r -> r.equals("stored") || r.equals("award.vote.already")),
                results::toString);
        assertEquals(
                1, count("SELECT COUNT(*) FROM award_vote WHERE round_id = ? AND voter_id = ?", round.getId(), carol));

        assertEquals("award.vote.already", refusal(carol, CITIZEN, () -> votes.voteFor(bobNominee)));
        Identities.run(dave, CITIZEN, () -> votes.voteFor(bobNominee));
        var view =
                Identities.as(carol, CITIZEN, () -> board.round(round.getId())).orElseThrow();
        assertEquals(0, view.votesLeft());
        assertTrue(view.nominees().stream()
                .filter(n -> n.id() == aliceNominee)
                .findFirst()
                .orElseThrow()
                .votedByMe());
        assertEquals(1, view.nominees().get(0).votes(), "standings are shown by default");

        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));
        assertEquals("award.vote.notOpen", refusal(bob, CITIZEN, () -> votes.voteFor(aliceNominee)));
        assertEquals(2, count("SELECT COUNT(*) FROM award_vote WHERE round_id = ?", round.getId()));
    }

    @Test
    void withSeveralVotesEachAMemberVotesOncePerNomineeUpToTheLimitAndHiddenStandingsStayHidden() throws Exception {
        long a = opinion(alice, topicA, "첫째");
        long b = opinion(bob, topicA, "둘째");
        long c = opinion(dave, topicA, "셋째");
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 1, 1, 2);
        var form = new org.policyforum.award.boundary.RoundForm();
        form.setForum(Forum.MAIN);
        form.setMonth(month);
        form.setCitizenPlaces(1);
        form.setOfficialPlaces(1);
        form.setVotesPerMember(2);
        form.setStandingsShown(false);
        form.setVotingOpensAt(java.time.LocalDateTime.now(AwardScenario.SEOUL).plusDays(1));
        form.setVotingClosesAt(java.time.LocalDateTime.now(AwardScenario.SEOUL).plusDays(2));
        Identities.as(operator, OPERATOR, () -> rounds.change(round.getId(), form));
        Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        Identities.run(carol, CITIZEN, () -> votes.voteFor(nomineeOf(round, a)));
        assertEquals("award.vote.already", refusal(carol, CITIZEN, () -> votes.voteFor(nomineeOf(round, a))));
        Identities.run(carol, CITIZEN, () -> votes.voteFor(nomineeOf(round, b)));
        assertEquals("award.vote.noneLeft", refusal(carol, CITIZEN, () -> votes.voteFor(nomineeOf(round, c))));
        assertEquals(2, count("SELECT COUNT(*) FROM award_vote WHERE round_id = ?", round.getId()));
        assertTrue(board.round(round.getId()).orElseThrow().nominees().stream().allMatch(n -> n.votes() == null));
    }

    /** A round whose voting would open at once (or in the past) would vote on an empty shortlist: refused. */
    @Test
    void aRoundCannotStartVotingBeforeAnyoneCouldBeNominated() throws Exception {
        var form = new org.policyforum.award.boundary.RoundForm();
        form.setForum(Forum.MAIN);
        form.setMonth(month.plusMonths(1));
        form.setCitizenPlaces(1);
        form.setOfficialPlaces(1);
        form.setVotesPerMember(1);
        form.setVotingOpensAt(java.time.LocalDateTime.now(AwardScenario.SEOUL).minusHours(1));
        form.setVotingClosesAt(java.time.LocalDateTime.now(AwardScenario.SEOUL).plusDays(2));
        long before = count("SELECT COUNT(*) FROM award_round WHERE forum = ?", "MAIN");
        assertEquals("award.round.window.past", refusal(operator, OPERATOR, () -> rounds.open(form)));
        assertEquals(before, count("SELECT COUNT(*) FROM award_round WHERE forum = ?", "MAIN"), "nothing stored");
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 1, 1, 1);
        assertEquals("award.round.window.past", refusal(operator, OPERATOR, () -> rounds.change(round.getId(), form)));
        // and by hand only once there is someone to vote for
        assertEquals("award.round.noNominees", refusal(operator, OPERATOR, () -> rounds.openVotingNow(round.getId())));
    }

    @Test
    void aTieGoesToTheNomineeThatReachedTheCountFirst() throws Exception {
        long early = opinion(alice, topicA, "먼저 도달");
        long late = opinion(bob, topicA, "나중에 도달");
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 1, 1, 1);
        Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        long lateNominee = nomineeOf(round, late);
        long earlyNominee = nomineeOf(round, early);
        long[] voters = {carol, dave, Fixtures.citizen(signUps, 1981), Fixtures.citizen(signUps, 1982)};
        // late leads first, early catches up and reaches 2 before late does
        Identities.run(voters[0], CITIZEN, () -> votes.voteFor(lateNominee));
        Identities.run(voters[1], CITIZEN, () -> votes.voteFor(earlyNominee));
        Identities.run(voters[2], CITIZEN, () -> votes.voteFor(earlyNominee));
        Identities.run(voters[3], CITIZEN, () -> votes.voteFor(lateNominee));
        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));
        var review = Identities.as(operator, OPERATOR, () -> rounds.review(round.getId()));
        assertEquals(
                List.of(earlyNominee),
                review.citizensWinners().stream().map(Nominee::getId).toList());
        assertEquals(
                "award.select.citizensWinner", refusal(officialA, OFFICIAL, () -> picks.select(earlyNominee, "공동 1위")));
    }

    @Test
    void officialsPickWithinTheirBureauUpToTheLimitNobodyWinsTwiceAndAnnouncingWaitsForTheSelection() throws Exception {
        long[] authors = {alice, bob, carol, dave, Fixtures.citizen(signUps, 1991), Fixtures.citizen(signUps, 1992)};
        long[] opinionIds = new long[authors.length];
        for (int i = 0; i < authors.length; i++) {
            opinionIds[i] = opinion(authors[i], i < 4 ? topicA : topicB, "의견 " + i);
        }
        long voter = Fixtures.citizen(signUps, 1966);
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 1, 2, 1);
        Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId()));
        long[] nominees = new long[authors.length];
        for (int i = 0; i < authors.length; i++) {
            nominees[i] = nomineeOf(round, opinionIds[i]);
        }
        assertEquals(
                "award.select.notInSelection",
                refusal(officialA, OFFICIAL, () -> picks.select(nominees[1], "너무 이른 선정")));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        Identities.run(voter, CITIZEN, () -> votes.voteFor(nominees[0]));
        assertEquals("award.announce.notComplete", refusal(operator, OPERATOR, () -> rounds.announce(round.getId())));
        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));

        assertEquals("award.outsideBureau", refusal(officialA, OFFICIAL, () -> picks.select(nominees[4], "다른 부서 주제")));
        assertEquals(
                "award.select.citizensWinner",
                refusal(officialA, OFFICIAL, () -> picks.select(nominees[0], "시민이 이미 뽑음")));
        assertEquals("award.citation.required", refusal(officialA, OFFICIAL, () -> picks.select(nominees[1], " ")));
        assertEquals(
                "award.citation.oneLine", refusal(officialA, OFFICIAL, () -> picks.select(nominees[1], "첫 줄\n둘째 줄")));
        assertEquals(
                "award.select.notNominee", refusal(officialA, OFFICIAL, () -> picks.select(Long.MAX_VALUE, "없는 후보")));
        assertEquals(0, count("SELECT COUNT(*) FROM award WHERE round_id = ?", round.getId()));

        Identities.as(officialA, OFFICIAL, () -> picks.select(nominees[1], "구체적인 대안을 제시했습니다"));
        assertEquals(
                "award.select.alreadyPicked", refusal(officialA, OFFICIAL, () -> picks.select(nominees[1], "두 번")));
        assertEquals("award.confirm.incomplete", refusal(operator, OPERATOR, () -> rounds.confirm(round.getId())));
        assertEquals("award.announce.notComplete", refusal(operator, OPERATOR, () -> rounds.announce(round.getId())));
        Identities.as(officialB, OFFICIAL, () -> picks.select(nominees[4], "현장의 목소리를 전했습니다"));
        assertEquals("award.select.tooMany", refusal(officialB, OFFICIAL, () -> picks.select(nominees[5], "세 번째")));
        assertEquals(2, count("SELECT COUNT(*) FROM award WHERE round_id = ?", round.getId()));

        assertEquals("award.announce.notComplete", refusal(operator, OPERATOR, () -> rounds.announce(round.getId())));
        Identities.as(operator, OPERATOR, () -> rounds.confirm(round.getId()));
        assertTrue(
                board.round(round.getId()).orElseThrow().winners().isEmpty(), "nothing public before the announcement");
        Identities.as(operator, OPERATOR, () -> rounds.announce(round.getId()));

        var view = board.round(round.getId()).orElseThrow();
        assertEquals(RoundPhase.ANNOUNCED, view.phase());
        assertEquals(
                List.of(Jury.CITIZENS),
                view.byCitizens().stream().map(WinnerView::jury).toList());
        assertEquals(
                List.of(authors[1], authors[4]),
                view.byOfficials().stream().map(WinnerView::memberId).toList());
        assertEquals("구체적인 대안을 제시했습니다", view.byOfficials().get(0).citation());
        assertEquals(1, hallOfFame.awardsOf(alice).size());
        assertEquals(
                2,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'award.select' AND detail IN (?, ?)",
                        "구체적인 대안을 제시했습니다",
                        "현장의 목소리를 전했습니다"));
        assertEquals(
                2,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action IN ('award.round.confirm', "
                                + "'award.round.announce') AND target = ?",
                        "award-round:" + round.getId()));
    }

    @Test
    @ExactlyOnce
    void officialsPickingAtTheSameMomentCannotExceedThePlaces() throws Exception {
        long[] authors = {alice, bob, carol, dave};
        long[] opinionIds = new long[authors.length];
        for (int i = 0; i < authors.length; i++) {
            opinionIds[i] = opinion(authors[i], i < 2 ? topicA : topicB, "동시 선정 " + i);
        }
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 0, 1, 1);
        Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));
        long[] nominees = new long[authors.length];
        for (int i = 0; i < authors.length; i++) {
            nominees[i] = nomineeOf(round, opinionIds[i]);
        }
        List<String> results = Parallel.outcomes(executor, 20, i -> {
            int which = i % authors.length;
            long official = which < 2 ? officialA : officialB;
            return () -> {
                Identities.as(official, OFFICIAL, () -> picks.select(nominees[which], "동시에 고른 수상자"));
                return "stored";
            };
        });
        assertEquals(1, results.stream().filter("stored"::equals).count(), results::toString);
        assertTrue(
                results.stream().allMatch(r -> List.of(
                                "stored", "award.select.conflict", "award.select.tooMany", "award.select.alreadyPicked")
                        .contains(r)),
                results::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM award WHERE round_id = ?", round.getId()));
    }

    @Test
    void aWinnerGivesAnAddressThatOperatorsSeeUntilThePrizeIsSentOrDeclined() throws Exception {
        long winnerOpinion = opinion(alice, topicA, "수상할 의견");
        long other = opinion(bob, topicA, "또 다른 의견");
        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 1, 1, 1);
        Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        Identities.run(carol, CITIZEN, () -> votes.voteFor(nomineeOf(round, winnerOpinion)));
        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));
        Identities.as(officialA, OFFICIAL, () -> picks.select(nomineeOf(round, other), "꾸준한 참여"));
        Identities.as(operator, OPERATOR, () -> rounds.confirm(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.announce(round.getId()));

        var told = mail.recent(200).stream()
                .filter(m -> m.subject().contains("우수 토론자"))
                .map(MailPort.MailRecord::recipient)
                .toList();
        assertTrue(told.containsAll(List.of(AwardScenario.email(alice), AwardScenario.email(bob))), told::toString);

        var mine = Identities.as(alice, CITIZEN, () -> myAwards.mine());
        assertEquals(1, mine.size());
        assertEquals(PrizeStatus.PENDING, mine.get(0).prize());
        long award = mine.get(0).awardId();
        assertEquals("notFound", refusal(bob, CITIZEN, () -> myAwards.giveAddress(award, "남의 상품 가로채기")));
        assertEquals("award.address.required", refusal(alice, CITIZEN, () -> myAwards.giveAddress(award, "  ")));
        Identities.run(alice, CITIZEN, () -> myAwards.giveAddress(award, "서울특별시 중구 세종대로 110"));
        assertTrue(Identities.as(alice, CITIZEN, () -> myAwards.mine()).get(0).addressGiven());
        Award prize = Identities.as(operator, OPERATOR, () -> prizes.ofRound(round.getId())).stream()
                .filter(a -> a.getId() == award)
                .findFirst()
                .orElseThrow();
        assertEquals("서울특별시 중구 세종대로 110", prize.getDeliveryAddress());
        assertTrue(
                hallOfFame.awardsOf(alice).stream().allMatch(a -> a.prize() == null && !a.addressGiven()),
                "the public sees no prize details");

        assertEquals(
                "award.prize.outcome", refusal(operator, OPERATOR, () -> prizes.fulfil(award, PrizeStatus.PENDING)));
        Identities.as(operator, OPERATOR, () -> prizes.fulfil(award, PrizeStatus.SENT));
        assertEquals(0, count("SELECT COUNT(*) FROM award WHERE id = ? AND delivery_address IS NOT NULL", award));
        assertEquals("award.prize.done", refusal(alice, CITIZEN, () -> myAwards.giveAddress(award, "다시 주소")));
        assertEquals("award.prize.done", refusal(operator, OPERATOR, () -> prizes.fulfil(award, PrizeStatus.DECLINED)));
        assertFalse(Identities.as(alice, CITIZEN, () -> myAwards.mine()).get(0).addressGiven());
    }
}
