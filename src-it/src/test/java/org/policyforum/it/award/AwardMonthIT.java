package org.policyforum.it.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.award.AwardScenario.CITIZEN;
import static org.policyforum.it.award.AwardScenario.OFFICIAL;
import static org.policyforum.it.award.AwardScenario.OPERATOR;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.award.boundary.AwardBoard;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.AwardViews.WinnerView;
import org.policyforum.award.boundary.CitizenVotes;
import org.policyforum.award.boundary.HallOfFame;
import org.policyforum.award.boundary.OfficialPicks;
import org.policyforum.award.boundary.Shortlists;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.award.entity.Jury;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The whole month: two bureaus' topics with opinions, the system's shortlist, 100 members voting, officials
 * picking, an operator confirming and announcing: exactly 8 distinct winners, 3 by the citizens and 5 by officials.
 */
@ExtendWith(ArquillianExtension.class)
class AwardMonthIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(AwardMonthIT.class, AwardScenario.class);
    }

    @Inject
    AwardRounds rounds;

    @Inject
    Shortlists shortlists;

    @Inject
    OfficialPicks picks;

    @Inject
    AwardBoard board;

    @Inject
    CitizenVotes votes;

    @Inject
    HallOfFame hallOfFame;

    @Inject
    Opinions opinions;

    @Inject
    TopicAdministration administration;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aWholeMonthEndsWithEightDistinctWinners() throws Exception {
        YearMonth month = AwardScenario.freshMonth();
        long operator = AwardScenario.operator(signUps);
        long bureauA = AwardScenario.bureau(bureaus, operator);
        long bureauB = AwardScenario.bureau(bureaus, operator);
        long officialA = AwardScenario.official(signUps, bureauA);
        long officialB = AwardScenario.official(signUps, bureauB);
        long topicA = AwardScenario.openTopic(administration, operator, bureauA, Forum.MAIN, month);
        long topicB = AwardScenario.openTopic(administration, operator, bureauB, Forum.MAIN, month);

        List<Long> people = citizens(111);
        List<Long> authors = people.subList(0, 11);
        List<Long> voters = people.subList(11, 111);
        // twelve opinions: six on each topic; the first author wrote two (both will be voted high)
        long[] opinionIds = new long[12];
        for (int i = 0; i < 12; i++) {
            long author = authors.get(i == 0 ? 0 : i - 1);
            long topic = i < 6 ? topicA : topicB;
            int n = i;
            opinionIds[i] = Identities.as(author, CITIZEN, () -> opinions.post(topic, Stance.PRO, "이번 달 의견 " + n))
                    .getId();
        }

        AwardRound round = AwardScenario.round(rounds, operator, Forum.MAIN, month, 3, 5, 1);
        assertEquals(12, (int) Identities.as(operator, OPERATOR, () -> shortlists.propose(round.getId())));
        long[] nominees = new long[12];
        var shortlist = Identities.as(operator, OPERATOR, () -> rounds.review(round.getId()))
                .nominees();
        for (int i = 0; i < 12; i++) {
            long opinion = opinionIds[i];
            nominees[i] = shortlist.stream()
                    .filter(l -> l.nominee().getOpinion().getId() == opinion)
                    .findFirst()
                    .orElseThrow()
                    .nominee()
                    .getId();
        }

        Identities.as(operator, OPERATOR, () -> rounds.openVotingNow(round.getId()));
        // 30, 25, 20, 15, 5, 5 votes for nominees 0, 1, 2, 3, 6, 7; nominee 1 is the first author's second opinion
        int[] votesFor = {0, 1, 2, 3, 6, 7};
        int[] counts = {30, 25, 20, 15, 5, 5};
        int next = 0;
        for (int k = 0; k < votesFor.length; k++) {
            for (int v = 0; v < counts[k]; v++) {
                long nominee = nominees[votesFor[k]];
                Identities.run(voters.get(next++), CITIZEN, () -> votes.voteFor(nominee));
            }
        }
        assertEquals(100, next);
        assertEquals(100, AwardScenario.count("SELECT COUNT(*) FROM award_vote WHERE round_id = ?", round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.closeVotingNow(round.getId()));

        var review = Identities.as(operator, OPERATOR, () -> rounds.review(round.getId()));
        assertEquals(
                List.of(nominees[0], nominees[2], nominees[3]),
                review.citizensWinners().stream().map(n -> n.getId()).toList(),
                "the first author wins once: their second opinion's place goes to the next");
        assertEquals(5, review.requiredPicks());

        // bureau A's topic has the citizens' three winners and two others; bureau B's has six others
        for (int taken : new int[] {1, 2}) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class,
                    () -> Identities.run(officialA, OFFICIAL, () -> picks.select(nominees[taken], "이미 시민이 선정")));
            assertEquals("award.select.citizensWinner", refused.messageKey());
        }
        for (int pick : new int[] {4, 5}) {
            Identities.as(officialA, OFFICIAL, () -> picks.select(nominees[pick], "꼼꼼한 근거 " + pick));
        }
        for (int pick : new int[] {6, 7, 8}) {
            Identities.as(officialB, OFFICIAL, () -> picks.select(nominees[pick], "현장의 경험 " + pick));
        }
        RuleViolation sixth = assertThrows(
                RuleViolation.class,
                () -> Identities.run(officialB, OFFICIAL, () -> picks.select(nominees[9], "여섯 번째")));
        assertEquals("award.select.tooMany", sixth.messageKey());

        Identities.as(operator, OPERATOR, () -> rounds.confirm(round.getId()));
        Identities.as(operator, OPERATOR, () -> rounds.announce(round.getId()));

        var announced = board.round(round.getId()).orElseThrow();
        assertEquals(8, announced.winners().size());
        assertEquals(
                8,
                new HashSet<>(announced.winners().stream()
                                .map(WinnerView::memberId)
                                .toList())
                        .size());
        assertEquals(3, announced.byCitizens().size());
        assertEquals(5, announced.byOfficials().size());
        assertEquals(
                List.of(30, 20, 15),
                announced.byCitizens().stream().map(WinnerView::votes).toList());
        assertEquals(
                Set.of(authors.get(0), authors.get(1), authors.get(2)),
                Set.copyOf(announced.byCitizens().stream()
                        .map(WinnerView::memberId)
                        .toList()));
        assertTrue(announced.byOfficials().stream()
                .allMatch(w -> w.jury() == Jury.OFFICIALS && !w.citation().isBlank()));
        assertTrue(hallOfFame.rounds(0, 50).stream().anyMatch(r -> r.id() == round.getId()));
    }

    /** Sign-ups hash passwords slowly; the executor spreads them over the cores. */
    private List<Long> citizens(int count) throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(executor.submit(() -> Fixtures.citizen(signUps, 1950 + (int) (Math.random() * 50))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> future : futures) {
            ids.add(future.get());
        }
        return ids;
    }
}
