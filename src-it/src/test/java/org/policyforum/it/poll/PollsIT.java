package org.policyforum.it.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.poll.PollScenario.CITIZEN;
import static org.policyforum.it.poll.PollScenario.OFFICIAL;
import static org.policyforum.it.poll.PollScenario.OPERATOR;
import static org.policyforum.it.poll.PollScenario.YOUTH;
import static org.policyforum.it.poll.PollScenario.choiceRows;
import static org.policyforum.it.poll.PollScenario.rows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.entity.Eligibility;
import org.policyforum.poll.entity.Phase;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;

/** The ballot rules of polls, as several members, in the real server (H2 and PostgreSQL passes). */
@ExtendWith(ArquillianExtension.class)
class PollsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(PollsIT.class, PollScenario.class);
    }

    @Inject
    Polls polls;

    @Inject
    PollAdministration administration;

    @Inject
    TopicAdministration topics;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    Settings settings;

    @Resource
    ManagedExecutorService executor;

    long operator;
    long alice;
    long bob;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        alice = Fixtures.citizen(signUps, 1990);
        bob = Fixtures.citizen(signUps, 1970);
    }

    @Test
    void aSingleChoiceBallotCountsAndThePageShowsTheMembersChoice() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long poll = create(f -> f.setTopicId(topic));
        List<Long> options = options(poll);
        assertEquals(3, options.size());

        var receipt = Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(1))));
        assertFalse(receipt.changed());
        Identities.as(bob, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(1))));

        var mine = Identities.as(alice, CITIZEN, () -> polls.view(poll)).orElseThrow();
        assertEquals(Set.of(options.get(1)), mine.myChoices());
        assertTrue(mine.voted());
        assertFalse(mine.mayVote(), "the ballot of this poll cannot be changed");
        assertEquals(poll, polls.forTopic(topic).orElseThrow().id());
        var results = awaitBallots(poll, 2);
        assertEquals(
                List.of(0L, 2L, 0L),
                results.options().stream().map(Polls.OptionResult::count).toList());
        assertEquals(100, results.options().get(1).percent());
        assertEquals(2, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
    }

    /** A poll beside a topic that is not public yet is not public either: not listed, not shown, not votable. */
    @Test
    void aPollBesideADraftTopicIsHiddenUntilItsTopicOpens() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        long draft = Identities.as(operator, OPERATOR, () -> {
            org.policyforum.topic.boundary.TopicForm form = new org.policyforum.topic.boundary.TopicForm();
            form.setForum(Forum.MAIN);
            form.setTitle("초안 주제 " + Fixtures.unique());
            form.setSummary("요약");
            form.setBureauId(bureaus.create("부서-" + Fixtures.unique(), null).getId());
            form.setOpensAt(now.plusDays(1));
            form.setClosesAt(now.plusDays(10));
            return topics.draft(form).getId();
        });
        long poll = create(f -> f.setTopicId(draft));
        // any option id: the poll itself is refused first (with a real one the refusal would be the same)
        long option = -1;
        assertTrue(polls.view(poll).isEmpty(), "the poll of a draft topic is shown");
        assertTrue(polls.results(poll).isEmpty(), "its results are given out");
        assertTrue(polls.forTopic(draft).isEmpty());
        assertTrue(polls.list(0, 500).stream().noneMatch(p -> p.id() == poll), "it is listed");
        assertEquals(polls.list(0, 10_000).size(), polls.count(), "the count is the list's");
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(option))));
        assertEquals("notFound", refused.messageKey());
        assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
        // the officials still see and run it in the console
        assertTrue(Identities.as(operator, OPERATOR, () -> administration.list(0, 500)).stream()
                .anyMatch(p -> p.getId() == poll));

        Identities.as(operator, OPERATOR, () -> {
            topics.schedule(draft);
            return topics.openNow(draft);
        });
        assertTrue(polls.view(poll).isPresent(), "once the topic is open its poll is public");
        assertTrue(polls.list(0, 500).stream().anyMatch(p -> p.id() == poll));
        long real = options(poll).get(0);
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(real)));
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
    }

    @Test
    void resultsStayHiddenUntilTheReaderHasVotedWhenThePollSaysSo() throws Exception {
        long poll = create(f -> f.setResultsBeforeVote(false));
        long option = options(poll).get(0);
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(option)));

        var anonymous = polls.results(poll).orElseThrow();
        assertFalse(anonymous.visible());
        assertTrue(anonymous.options().stream().allMatch(o -> o.count() == null && o.percent() == null));
        var notVoted = Identities.as(bob, CITIZEN, () -> polls.view(poll)).orElseThrow();
        assertFalse(notVoted.results().visible());
        assertTrue(notVoted.mayVote());
        var voted = Identities.as(alice, CITIZEN, () -> polls.view(poll)).orElseThrow();
        assertTrue(voted.results().visible());

        Identities.as(operator, OPERATOR, () -> administration.close(poll));
        assertTrue(polls.results(poll).orElseThrow().visible(), "a closed poll's results are public");
    }

    @Test
    void refusedBallotsStoreNothing() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        long upcoming = create(f -> f.setOpensAt(now.plusDays(1)));
        long closed = create(f -> {});
        Identities.as(operator, OPERATOR, () -> administration.close(closed));
        long youth = create(f -> f.setEligibility(Eligibility.YOUTH));
        long multiple = create(f -> f.setMaxChoices(2));
        long other = create(f -> {});

        assertRefused(
                "poll.notYetOpen",
                alice,
                CITIZEN,
                upcoming,
                Set.of(options(upcoming).get(0)));
        assertRefused(
                "poll.closed", alice, CITIZEN, closed, Set.of(options(closed).get(0)));
        assertRefused(
                "poll.ineligible", alice, CITIZEN, youth, Set.of(options(youth).get(0)));
        assertRefused(
                "ballot.choices.notOfPoll",
                alice,
                CITIZEN,
                multiple,
                Set.of(options(other).get(0)));
        assertRefused(
                "ballot.choices.notOfPoll",
                alice,
                CITIZEN,
                multiple,
                Set.of(options(multiple).get(0), options(other).get(1)));
        assertRefused("ballot.choices.tooMany", alice, CITIZEN, multiple, Set.copyOf(options(multiple)));
        assertRefused("ballot.choices.required", alice, CITIZEN, multiple, Set.of());
        assertRefused("notFound", alice, CITIZEN, -1, Set.of(options(other).get(0)));
        for (long poll : List.of(upcoming, closed, youth, multiple, other)) {
            assertEquals(0, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", poll));
        }
        assertEquals(
                0,
                rows(
                        "SELECT COUNT(*) FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE "
                                + "b.member_id = ?",
                        alice));
        assertEquals(Phase.UPCOMING, polls.view(upcoming).orElseThrow().phase());

        // the youth panel may vote in the youth poll
        Fixtures.grant(bob, "YOUTH_PANELIST");
        Identities.as(
                bob, YOUTH, () -> polls.castBallot(youth, Set.of(options(youth).get(0))));
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", youth));
    }

    @Test
    void aMultipleChoiceBallotIsOneBallotAndMayBeChangedWhileOpenIfThePollAllows() throws Exception {
        long changeable = create(f -> {
            f.setMaxChoices(2);
            f.setBallotChangeable(true);
        });
        List<Long> options = options(changeable);
        Identities.as(alice, CITIZEN, () -> polls.castBallot(changeable, Set.of(options.get(0), options.get(2))));
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", changeable));
        assertEquals(2, choiceRows(changeable));
        assertTrue(Identities.as(alice, CITIZEN, () -> polls.view(changeable))
                .orElseThrow()
                .mayVote());

        var changed = Identities.as(alice, CITIZEN, () -> polls.castBallot(changeable, Set.of(options.get(1))));
        assertTrue(changed.changed());
        assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ?", changeable));
        assertEquals(1, choiceRows(changeable));
        assertEquals(
                Set.of(options.get(1)),
                Identities.as(alice, CITIZEN, () -> polls.view(changeable))
                        .orElseThrow()
                        .myChoices());
        var results = awaitBallots(changeable, 1);
        assertEquals(
                List.of(0L, 1L, 0L),
                results.options().stream().map(Polls.OptionResult::count).toList());

        long fixed = create(f -> f.setMaxChoices(2));
        Identities.as(
                alice,
                CITIZEN,
                () -> polls.castBallot(fixed, Set.of(options(fixed).get(0))));
        assertRefused(
                "ballot.alreadyCast",
                alice,
                CITIZEN,
                fixed,
                Set.of(options(fixed).get(1)));
        assertEquals(
                Set.of(options(fixed).get(0)),
                Identities.as(alice, CITIZEN, () -> polls.view(fixed))
                        .orElseThrow()
                        .myChoices());
    }

    @Test
    void afterClosingTheResultsAreFrozen() throws Exception {
        long poll = create(f -> f.setBallotChangeable(true));
        List<Long> options = options(poll);
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(0))));
        Identities.as(operator, OPERATOR, () -> administration.close(poll));

        assertRefused("poll.closed", alice, CITIZEN, poll, Set.of(options.get(1)));
        assertRefused("poll.closed", bob, CITIZEN, poll, Set.of(options.get(1)));
        RuleViolation again = assertThrows(
                RuleViolation.class, () -> Identities.as(operator, OPERATOR, () -> administration.close(poll)));
        assertEquals("poll.closed", again.messageKey());
        var results = awaitBallots(poll, 1);
        assertEquals(Phase.CLOSED, results.phase());
        assertEquals(
                List.of(1L, 0L, 0L),
                results.options().stream().map(Polls.OptionResult::count).toList());
        assertFalse(Identities.as(alice, CITIZEN, () -> polls.view(poll))
                .orElseThrow()
                .mayVote());
        assertEquals(
                Set.of(options.get(0)),
                Identities.as(alice, CITIZEN, () -> polls.view(poll))
                        .orElseThrow()
                        .myChoices());
    }

    @Test
    @ExactlyOnce
    void twentyParallelIdenticalBallotsOfOneMemberCountOnce() throws Exception {
        for (boolean changeable : List.of(false, true)) {
            long poll = create(f -> f.setBallotChangeable(changeable));
            long option = options(poll).get(2);
            List<String> results = Parallel.outcomes(executor, 20, () -> {
                var receipt = Identities.as(bob, CITIZEN, () -> polls.castBallot(poll, Set.of(option)));
                return receipt.changed() ? "unchanged" : "stored";
            });
            Set<String> expected = changeable
                    ? Set.of("stored", "unchanged", "ballot.duplicate")
                    : Set.of("stored", "ballot.alreadyCast", "ballot.duplicate");
            assertTrue(expected.containsAll(results), results::toString);
            assertEquals(1, results.stream().filter("stored"::equals).count(), results::toString);
            assertEquals(1, rows("SELECT COUNT(*) FROM ballot WHERE poll_id = ? AND member_id = " + bob, poll));
            assertEquals(1, choiceRows(poll));
            assertEquals(1, awaitBallots(poll, 1).options().get(2).count());
        }
    }

    @Test
    void aPollNeedsTwoToTenDistinctOptionsAndSensibleTimes() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        assertCreateRefused("poll.options.count", f -> f.setOptions(List.of("하나")));
        assertCreateRefused(
                "poll.options.count",
                f -> f.setOptions(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")));
        assertCreateRefused("poll.options.duplicate", f -> f.setOptions(List.of("같음", "같음")));
        assertCreateRefused("poll.maxChoices.range", f -> f.setMaxChoices(4));
        assertCreateRefused("poll.maxChoices.range", f -> f.setMaxChoices(0));
        assertCreateRefused(
                "poll.closesAt.beforeOpen", f -> f.setClosesAt(f.getOpensAt().minusMinutes(1)));
        assertCreateRefused("poll.closesAt.past", f -> {
            f.setOpensAt(now.minusDays(3));
            f.setClosesAt(now.minusDays(1));
        });
        assertCreateRefused("poll.question.required", f -> f.setQuestion("  "));
        assertCreateRefused("poll.topic.unknown", f -> f.setTopicId(-5L));
        String question = "열 개까지 " + Fixtures.unique();
        long ten = create(f -> {
            f.setQuestion(question);
            f.setOptions(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        });
        assertEquals(10, options(ten).size());
        assertEquals(0, rows("SELECT COUNT(*) FROM poll WHERE question LIKE '%' || ? || '%'", "같음"));
        assertEquals(
                1,
                rows(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'poll.create' AND target = 'poll:" + ten
                                + "' AND actor_id = ?",
                        operator));
    }

    @Test
    void officialsSeeBreakdownsByAgeBandAndDistrictAndTheirActionsAreAudited() throws Exception {
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        long poll = Identities.as(official, OFFICIAL, () -> administration.create(PollScenario.form()))
                .getId();
        List<Long> options = options(poll);
        Identities.as(alice, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(0))));
        Identities.as(bob, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(1))));

        var rows = Identities.as(official, OFFICIAL, () -> administration.breakdown(poll));
        int thisYear = java.time.Year.now(ZoneId.of("Asia/Seoul")).getValue();
        String aliceBand = (thisYear - 1990) / 10 * 10 + "-" + ((thisYear - 1990) / 10 * 10 + 9);
        // one voter per cell: the cells are there, but without their counts (fewer than the smallest group, 5)
        assertTrue(
                rows.contains(new PollAdministration.BreakdownRow("AGE", aliceBand, options.get(0), "찬성", 0, true)),
                rows::toString);
        assertTrue(
                rows.contains(new PollAdministration.BreakdownRow("DISTRICT", "11440", options.get(1), "반대", 0, true)),
                rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.count() > 0 && r.count() < 5), rows::toString);

        Identities.as(official, OFFICIAL, () -> administration.close(poll));
        for (String action : List.of("poll.create", "poll.breakdown", "poll.close")) {
            assertEquals(
                    1,
                    rows(
                            "SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "' AND target = 'poll:"
                                    + poll + "' AND actor_id = ?",
                            official),
                    action);
        }
    }

    @Test
    void breakdownCellsOfSmallGroupsShowNoCountAndCannotBeWorkedOutFromTheTotals() throws Exception {
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        long poll = Identities.as(official, OFFICIAL, () -> administration.create(PollScenario.form()))
                .getId();
        List<Long> options = options(poll);
        for (int i = 0; i < 6; i++) {
            long voter = Fixtures.citizen(signUps, 1990);
            Identities.as(voter, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(0))));
        }
        long carol = Fixtures.citizen(signUps, 1970);
        Identities.as(bob, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(1))));
        Identities.as(carol, CITIZEN, () -> polls.castBallot(poll, Set.of(options.get(1))));
        int thisYear = java.time.Year.now(ZoneId.of("Asia/Seoul")).getValue();
        String olderBand = (thisYear - 1970) / 10 * 10 + "-" + ((thisYear - 1970) / 10 * 10 + 9);

        var rows = Identities.as(official, OFFICIAL, () -> administration.breakdown(poll));
        assertTrue(
                rows.contains(new PollAdministration.BreakdownRow("AGE", olderBand, options.get(1), "반대", 0, true)),
                rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.count() > 0 && r.count() < 5), rows::toString);
        for (String dimension : List.of("AGE", "DISTRICT")) {
            for (long option : options) {
                long hidden = rows.stream()
                        .filter(r -> r.dimension().equals(dimension) && r.optionId() == option && r.suppressed())
                        .count();
                long groups = rows.stream()
                        .filter(r -> r.dimension().equals(dimension))
                        .map(r -> r.group())
                        .distinct()
                        .count();
                // the option's total is public: one hidden cell would be the total minus the shown ones
                assertTrue(hidden != 1 || groups == 1, dimension + " option " + option + " hides one cell: " + rows);
            }
        }
        assertEquals(
                1,
                rows(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'poll.breakdown' AND target = ?"
                                + " AND detail LIKE '% under 5 hidden'",
                        "poll:" + poll));

        // the city may choose another smallest group; operators only, within 2 to 100, audited
        assertEquals(
                "settings.smallGroup.invalid",
                assertThrows(
                                RuleViolation.class,
                                () -> Identities.as(operator, OPERATOR, () -> settings.changeSmallGroupMin(1)))
                        .messageKey());
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(official, OFFICIAL, () -> settings.changeSmallGroupMin(2)));
        try {
            Identities.as(operator, OPERATOR, () -> settings.changeSmallGroupMin(2));
            var smallerGroups = Identities.as(official, OFFICIAL, () -> administration.breakdown(poll));
            assertTrue(
                    smallerGroups.contains(
                            PollAdministration.BreakdownRow.shown("AGE", olderBand, options.get(1), "반대", 2)),
                    smallerGroups::toString);
            assertTrue(
                    smallerGroups.stream().noneMatch(PollAdministration.BreakdownRow::suppressed),
                    smallerGroups::toString);
            assertEquals(
                    1,
                    rows(
                            "SELECT COUNT(*) FROM audit_entry WHERE action = 'settings.smallGroup' AND actor_id = ?",
                            operator));
        } finally {
            Identities.as(
                    operator,
                    OPERATOR,
                    () -> settings.changeSmallGroupMin(OrganisationSettings.DEFAULT_SMALL_GROUP_MIN));
        }
    }

    @Test
    void officialsRunPollsOnlyBesideTheirOwnBureausTopics() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long ownBureau = rows("SELECT bureau_id FROM topic WHERE id = ?", topic);
        long otherBureau = Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, ownBureau);
        long outsider = Fixtures.citizen(signUps, 1976);
        Fixtures.grant(outsider, "OFFICIAL");
        Fixtures.assignBureau(outsider, otherBureau);

        PollForm besideTopic = PollScenario.form();
        besideTopic.setTopicId(topic);
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(outsider, OFFICIAL, () -> administration.create(besideTopic)));
        assertEquals("poll.topic.otherBureau", refused.messageKey());
        assertEquals("topic", refused.field());
        assertEquals(0, rows("SELECT COUNT(*) FROM poll WHERE topic_id = ?", topic), "nothing stored");

        long poll = Identities.as(official, OFFICIAL, () -> administration.create(besideTopic))
                .getId();
        refused = assertThrows(
                RuleViolation.class, () -> Identities.as(outsider, OFFICIAL, () -> administration.close(poll)));
        assertEquals("poll.otherBureau", refused.messageKey());
        assertEquals(Phase.OPEN, polls.view(poll).orElseThrow().phase(), "still open");

        // the outsider's own stand-alone poll is theirs to close; the operator closes any
        long ownPoll = Identities.as(outsider, OFFICIAL, () -> administration.create(PollScenario.form()))
                .getId();
        Identities.as(outsider, OFFICIAL, () -> administration.close(ownPoll));
        Identities.as(operator, OPERATOR, () -> administration.close(poll));
        assertEquals(Phase.CLOSED, polls.view(poll).orElseThrow().phase());
    }

    private long create(Consumer<PollForm> change) throws Exception {
        return PollScenario.create(administration, operator, change);
    }

    private void assertCreateRefused(String key, Consumer<PollForm> change) {
        PollForm form = PollScenario.form();
        change.accept(form);
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(operator, OPERATOR, () -> administration.create(form)));
        assertEquals(key, refused.messageKey());
    }

    private List<Long> options(long poll) {
        return PollScenario.options(polls, poll);
    }

    private void assertRefused(String key, long member, Set<String> roles, long poll, Set<Long> choices) {
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(member, roles, () -> polls.castBallot(poll, choices)));
        assertEquals(key, refused.messageKey());
    }

    private Polls.Results awaitBallots(long poll, long expected) throws InterruptedException {
        return PollScenario.awaitBallots(polls, poll, expected);
    }
}
