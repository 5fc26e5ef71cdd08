package org.policyforum.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.idea.boundary.IdeaTriage;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.report.boundary.Dashboards;
import org.policyforum.report.boundary.IdeaDashboard;
import org.policyforum.report.boundary.TopicDashboard;
import org.policyforum.report.entity.BreakdownCell;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The topic dashboard in the real server (H2 and PostgreSQL passes): its figures on seeded participation, small
 * groups suppressed in both breakdowns (primary and secondary), readings audited, and who may read it; the same
 * for an idea's dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardsIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(DashboardsIT.class);
    }

    @Inject
    Dashboards dashboards;

    @Inject
    Opinions opinions;

    @Inject
    Polls polls;

    @Inject
    PollAdministration pollAdministration;

    @Inject
    TopicAdministration topics;

    @Inject
    SignUps signUps;

    @Inject
    Ideas ideas;

    @Inject
    IdeaTriage triage;

    @Inject
    IdeaSupports supports;

    @Inject
    Bureaus bureaus;

    long operator;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
    }

    @Test
    void theFiguresCountWhatHappenedAndSmallGroupsStayHidden() throws Exception {
        // one of the older members took part in a topic that opened before: a returning participant
        long earlier = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        List<Long> young = new ArrayList<>();
        List<Long> opinionsOfYoung = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long member = Fixtures.citizen(signUps, 1990);
            young.add(member);
            opinionsOfYoung.add(Identities.as(member, CITIZEN, () -> opinions.post(topic, Stance.PRO, "찬성 " + member))
                    .getId());
        }
        long olderOne = Fixtures.citizen(signUps, 1970);
        long olderTwo = Fixtures.citizen(signUps, 1970);
        Identities.as(olderOne, CITIZEN, () -> opinions.post(earlier, Stance.NEUTRAL, "지난 주제"));
        long con = Identities.as(olderOne, CITIZEN, () -> opinions.post(topic, Stance.CON, "반대합니다"))
                .getId();
        Identities.as(olderTwo, CITIZEN, () -> opinions.post(topic, Stance.CON, "저도 반대"));
        Identities.as(young.get(1), CITIZEN, () -> opinions.comment(con, null, "왜 반대하시나요?"));
        for (int i = 1; i <= 3; i++) {
            Identities.as(
                    young.get(i),
                    CITIZEN,
                    () -> opinions.react(TargetType.OPINION, opinionsOfYoung.get(0), ReactionKind.AGREE));
        }
        Identities.as(young.get(4), CITIZEN, () -> opinions.react(TargetType.OPINION, con, ReactionKind.AGREE));
        long poll = poll(topic);
        long option = polls.view(poll).orElseThrow().options().get(0).id();
        Identities.as(young.get(0), CITIZEN, () -> polls.castBallot(poll, Set.of(option)));
        Identities.as(olderTwo, CITIZEN, () -> polls.castBallot(poll, Set.of(option)));

        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, Rows.count("SELECT bureau_id FROM topic WHERE id = ?", topic));
        TopicDashboard d = Identities.as(official, OFFICIAL, () -> dashboards.topic(topic));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        assertEquals(List.of(new TopicDashboard.Day(today, 8, 1, 4, 2)), d.days());
        assertEquals(Map.of(Stance.PRO, 6L, Stance.CON, 2L, Stance.NEUTRAL, 0L), d.stances());
        assertEquals(8, d.participants());
        assertEquals(1, d.returning());
        assertEquals(2, d.voters());
        assertEquals(
                List.of(
                        new TopicDashboard.Agreed(opinionsOfYoung.get(0), Stance.PRO, "찬성 " + young.get(0), 3),
                        new TopicDashboard.Agreed(con, Stance.CON, "반대합니다", 1)),
                d.mostAgreed());

        int thisYear = Year.now(ZoneId.of("Asia/Seoul")).getValue();
        String older = band(1970, thisYear);
        // two people of the older band: neither their stance nor their number shows
        assertTrue(
                d.stanceCells().contains(new BreakdownCell("AGE", older, "CON", 0, true)), d.stanceCells()::toString);
        assertTrue(
                d.peopleCells().contains(new BreakdownCell("AGE", older, "ALL", 0, true)), d.peopleCells()::toString);
        for (List<BreakdownCell> cells : List.of(d.stanceCells(), d.peopleCells())) {
            assertTrue(cells.stream().noneMatch(c -> c.count() > 0 && c.count() < 5), cells::toString);
            assertTrue(cells.stream().filter(BreakdownCell::suppressed).allMatch(c -> c.count() == 0));
            assertNoLineHidesOneCell(cells);
        }
        // the participants' column: a hidden older band beside a shown younger one would be 8 minus 6
        assertTrue(
                d.peopleCells().contains(new BreakdownCell("AGE", band(1990, thisYear), "ALL", 0, true)),
                d.peopleCells()::toString);
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.topicDashboard' AND target = ?"
                                + " AND actor_id = ? AND detail LIKE '% under 5 hidden'",
                        "topic:" + topic, official));
    }

    @Test
    void onlyTheTopicsBureauAndOperatorsMayReadIt() throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long citizen = Fixtures.citizen(signUps, 1990);
        long moderator = Fixtures.member(signUps, 1985, "MODERATOR");
        long otherOfficial = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(otherOfficial, "OFFICIAL");
        long otherBureau = Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
        Fixtures.assignBureau(otherOfficial, otherBureau);
        long officialOfNoBureau = Fixtures.citizen(signUps, 1976);
        Fixtures.grant(officialOfNoBureau, "OFFICIAL");

        assertThrows(EJBAccessException.class, () -> Identities.as(citizen, CITIZEN, () -> dashboards.topic(topic)));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(moderator, Set.of("MODERATOR", "CITIZEN"), () -> dashboards.topic(topic)));
        for (long official : List.of(otherOfficial, officialOfNoBureau)) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class, () -> Identities.as(official, OFFICIAL, () -> dashboards.topic(topic)));
            assertEquals("report.otherBureau", refused.messageKey());
        }
        assertEquals(
                "notFound",
                assertThrows(RuleViolation.class, () -> Identities.as(operator, OPERATOR, () -> dashboards.topic(-1)))
                        .messageKey());
        assertEquals(0, auditedReadings(topic), "a refused reading is not a reading");

        TopicDashboard empty = Identities.as(operator, OPERATOR, () -> dashboards.topic(topic));
        assertEquals(List.of(), empty.days());
        assertEquals(0, empty.participants());
        assertEquals(List.of(), empty.stanceCells());
        assertEquals(1, auditedReadings(topic));
    }

    @Test
    void anIdeasDashboardCountsSupportsAndHidesSmallGroupsOfSupporters() throws Exception {
        long author = Fixtures.citizen(signUps, 1985);
        long idea = Identities.as(
                author,
                CITIZEN,
                () -> ideas.propose(new Ideas.Proposal("밤 산책로 조명 " + Fixtures.unique(), "본문", 1L, "11440")));
        long bureau = Identities.as(operator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
        Identities.run(operator, Set.of("MODERATOR"), () -> triage.assign(idea, bureau, 1L));
        for (int i = 0; i < 6; i++) {
            long member = Fixtures.citizen(signUps, 1990);
            Identities.run(member, CITIZEN, () -> supports.support(idea));
        }
        long older = Fixtures.citizen(signUps, 1960);
        Identities.run(older, CITIZEN, () -> supports.support(idea));
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, bureau);

        IdeaDashboard d = Identities.as(official, OFFICIAL, () -> dashboards.idea(idea));
        assertEquals(List.of(new IdeaDashboard.Day(LocalDate.now(ZoneId.of("Asia/Seoul")), 7, 0)), d.days());
        assertEquals(7, d.supporters());
        int thisYear = Year.now(ZoneId.of("Asia/Seoul")).getValue();
        // one older supporter: hidden, and so is the younger band, which would be 7 minus 6 otherwise
        assertTrue(
                d.supporterCells().contains(new BreakdownCell("AGE", band(1960, thisYear), "SUPPORT", 0, true)),
                d.supporterCells()::toString);
        assertTrue(
                d.supporterCells().contains(new BreakdownCell("AGE", band(1990, thisYear), "SUPPORT", 0, true)),
                d.supporterCells()::toString);
        assertTrue(
                d.supporterCells().contains(new BreakdownCell("DISTRICT", "11440", "SUPPORT", 7, false)),
                d.supporterCells()::toString);
        assertNoLineHidesOneCell(d.supporterCells());
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.ideaDashboard' AND target = ?",
                        "idea:" + idea));

        long otherOfficial = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(otherOfficial, "OFFICIAL");
        assertEquals(
                "report.otherBureau",
                assertThrows(
                                RuleViolation.class,
                                () -> Identities.as(otherOfficial, OFFICIAL, () -> dashboards.idea(idea)))
                        .messageKey());
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(author, Set.of("MODERATOR", "CITIZEN"), () -> dashboards.idea(idea)));
        assertThrows(EJBAccessException.class, () -> Identities.as(author, CITIZEN, () -> dashboards.idea(idea)));
        assertEquals(
                7,
                Identities.as(operator, OPERATOR, () -> dashboards.idea(idea)).supporters());
    }

    private static long auditedReadings(long topic) throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.topicDashboard' AND target = ?",
                "topic:" + topic);
    }

    /** A line (an option's column, a group's row) hiding exactly one cell would give it away from the line's total. */
    private static void assertNoLineHidesOneCell(List<BreakdownCell> cells) {
        for (String dimension : List.of("AGE", "DISTRICT")) {
            List<BreakdownCell> grid =
                    cells.stream().filter(c -> c.dimension().equals(dimension)).toList();
            for (String option :
                    grid.stream().map(BreakdownCell::option).distinct().toList()) {
                List<BreakdownCell> line =
                        grid.stream().filter(c -> c.option().equals(option)).toList();
                long hidden = line.stream().filter(BreakdownCell::suppressed).count();
                assertTrue(hidden != 1 || line.size() == 1, dimension + " " + option + " hides one: " + grid);
            }
            for (String group :
                    grid.stream().map(BreakdownCell::group).distinct().toList()) {
                List<BreakdownCell> line =
                        grid.stream().filter(c -> c.group().equals(group)).toList();
                long hidden = line.stream().filter(BreakdownCell::suppressed).count();
                assertTrue(hidden != 1 || line.size() == 1, dimension + " " + group + " hides one: " + grid);
            }
        }
    }

    private static String band(int birthYear, int thisYear) {
        int decade = (thisYear - birthYear) / 10 * 10;
        return decade + "-" + (decade + 9);
    }

    private long poll(long topic) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        PollForm form = new PollForm();
        form.setTopicId(topic);
        form.setQuestion("야간 개방에 찬성하십니까? " + Fixtures.unique());
        form.setOptions(List.of("찬성", "반대"));
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        return Identities.as(operator, OPERATOR, () -> pollAdministration.create(form))
                .getId();
    }
}
