package org.policyforum.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policyforum.it.report.MonthlyReportScenario.CITIZEN;
import static org.policyforum.it.report.MonthlyReportScenario.MODERATOR;
import static org.policyforum.it.report.MonthlyReportScenario.OFFICIAL;
import static org.policyforum.it.report.MonthlyReportScenario.OPERATOR;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.DiscussionRecords.Row;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.entity.ReactionKind;
import org.policyforum.discussion.entity.TargetType;
import org.policyforum.it.Deployments;
import org.policyforum.it.Fixtures;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.moderation.entity.AuditEntry;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.PollAdministration;
import org.policyforum.poll.boundary.PollForm;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.report.boundary.TopicReport;
import org.policyforum.report.boundary.TopicReports;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * The monthly report through its boundary, in the real server: what it holds (figures counted by the features, the
 * opinions most agreed with per stance, the poll's totals, the briefs), who may read it (the topic's bureau and
 * operators; not a citizen, a moderator of no bureau or an official of another bureau), and that each reading is
 * audited while a refused one leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TopicReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(TopicReportIT.class, MonthlyReportScenario.class);
    }

    @Inject
    TopicReports reports;

    @Inject
    TopicAdministration topics;

    @Inject
    Opinions opinions;

    @Inject
    PollAdministration pollAdministration;

    @Inject
    Polls polls;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    AuditLog auditLog;

    long operator;
    long topic;
    long official;

    @BeforeEach
    void topic() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        official = MonthlyReportScenario.official(signUps, MonthlyReportScenario.bureauOf(topics, operator, topic));
    }

    long opinion(long author, Stance stance, String body) throws Exception {
        return Identities.as(author, CITIZEN, () -> opinions.post(topic, stance, body))
                .getId();
    }

    void agree(long member, long opinion) throws Exception {
        Identities.as(member, CITIZEN, () -> opinions.react(TargetType.OPINION, opinion, ReactionKind.AGREE));
    }

    @Test
    void theReportHoldsTheFiguresTheMostAgreedOpinionsThePollAndTheBriefs() throws Exception {
        List<Long> people = List.of(
                Fixtures.citizen(signUps, 1990),
                Fixtures.citizen(signUps, 1991),
                Fixtures.citizen(signUps, 1992),
                Fixtures.citizen(signUps, 1993),
                Fixtures.citizen(signUps, 1994),
                Fixtures.citizen(signUps, 1995));
        long pro1 = opinion(people.get(0), Stance.PRO, "찬성 하나");
        long pro2 = opinion(people.get(1), Stance.PRO, "찬성 둘");
        opinion(people.get(2), Stance.PRO, "찬성 셋");
        opinion(people.get(3), Stance.PRO, "찬성 넷");
        long con = opinion(people.get(4), Stance.CON, "반대 하나");
        agree(people.get(5), pro2);
        agree(people.get(4), pro2);
        agree(people.get(5), pro1);
        Identities.as(people.get(0), CITIZEN, () -> opinions.comment(con, null, "댓글입니다"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        PollForm form = new PollForm();
        form.setTopicId(topic);
        form.setQuestion("찬성하십니까?");
        form.setOptions(List.of("찬성", "반대"));
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        long poll = Identities.as(operator, OPERATOR, () -> pollAdministration.create(form))
                .getId();
        long yes = polls.view(poll).orElseThrow().options().get(0).id();
        Identities.as(people.get(5), CITIZEN, () -> polls.castBallot(poll, Set.of(yes)));
        Thread.sleep(1_100); // readers share a poll's count for up to a second (Tallies): the view above counted it
        Identities.as(operator, OPERATOR, () -> topics.addBrief(topic, Stance.CON, "이전문", "서울대", "반대 논거", "본문"));

        TopicReport report = Identities.as(official, OFFICIAL, () -> reports.read(topic, TopicReports.Format.HTML));

        assertEquals(5, report.figures().opinions());
        assertEquals(1, report.figures().comments());
        assertEquals(3, report.figures().reactions());
        assertEquals(1, report.figures().ballots());
        assertEquals(6L, report.figures().participants());
        assertEquals(
                List.of("찬성 둘", "찬성 하나", "찬성 셋"),
                report.pro().stream().map(Row::body).toList());
        assertEquals(List.of(2L, 1L, 0L), report.pro().stream().map(Row::agrees).toList());
        assertEquals(List.of("반대 하나"), report.con().stream().map(Row::body).toList());
        assertEquals("찬성하십니까?", report.poll().question());
        assertEquals(1, report.poll().options().get(0).count());
        assertEquals(
                List.of("반대 논거"),
                report.briefs().stream().map(TopicReport.Brief::title).toList());
        assertTrue(report.winners().isEmpty());
        assertNull(report.outcome());

        AuditEntry entry = MonthlyReportScenario.lastAudit(auditLog, operator, "report.topic");
        assertEquals("report.topic.html", entry.getAction());
        assertEquals("topic:" + topic, entry.getTarget());
        assertEquals(official, entry.getActorId());
    }

    @Test
    void fewParticipantsShowAsFewerThanTheSmallestGroup() throws Exception {
        opinion(Fixtures.citizen(signUps, 1990), Stance.PRO, "혼자 찬성");
        TopicReport report = Identities.as(operator, OPERATOR, () -> reports.read(topic, TopicReports.Format.PDF));
        assertNull(report.figures().participants());
        assertEquals(1, report.figures().opinions());
        assertEquals(
                "report.topic.pdf",
                MonthlyReportScenario.lastAudit(auditLog, operator, "report.topic")
                        .getAction());
    }

    @Test
    void onlyTheTopicsBureauAndOperatorsReadItAndRefusalsLeaveNoAudit() throws Exception {
        MonthlyReportScenario.Strangers strangers = MonthlyReportScenario.strangers(signUps, bureaus, operator);
        long citizen = strangers.citizen();
        long moderator = strangers.moderator();
        long other = strangers.otherOfficial();
        long before = MonthlyReportScenario.audited(auditLog, operator);
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(citizen, CITIZEN, () -> reports.read(topic, TopicReports.Format.HTML)));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(moderator, MODERATOR, () -> reports.read(topic, TopicReports.Format.PDF)));
        RuleViolation notFound = assertThrows(
                RuleViolation.class,
                () -> Identities.as(other, OFFICIAL, () -> reports.read(topic, TopicReports.Format.HTML)));
        assertEquals("notFound", notFound.messageKey());
        assertThrows(
                RuleViolation.class,
                () -> Identities.as(official, OFFICIAL, () -> reports.read(Long.MAX_VALUE, TopicReports.Format.HTML)));
        assertEquals(before, MonthlyReportScenario.audited(auditLog, operator));
    }
}
