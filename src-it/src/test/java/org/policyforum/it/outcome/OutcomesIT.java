package org.policyforum.it.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.Parallel;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.newsletter.api.MailConsentPort;
import org.policyforum.newsletter.api.MailConsentPort.MailList;
import org.policyforum.newsletter.boundary.OutcomeMailTimer;
import org.policyforum.outcome.boundary.EntryForm;
import org.policyforum.outcome.boundary.OutcomeAdministration;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.OutcomeForm;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.control.OutcomeNotices;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.control.StatementTally;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/**
 * Policy outcomes through their boundaries, in the real server: officials of the responsible bureau write them,
 * operators all, an official of another bureau is refused and nothing is stored; every change is audited; bad input is
 * refused at its field; one outcome per source also under twenty parallel saves; the tracker's filters and its cost.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL", "CITIZEN");
    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(OutcomesIT.class);
    }

    @Inject
    OutcomeAdministration administration;

    @Inject
    Outcomes outcomes;

    @Inject
    OutcomeNotices notices;

    @Inject
    TopicAdministration topics;

    @Inject
    Opinions opinions;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    AuditLog auditLog;

    @Inject
    OutcomeMailTimer mailTimer;

    @Inject
    MailConsentPort consent;

    @Resource
    ManagedExecutorService executor;

    long operator;
    long citizen;

    @BeforeEach
    void people() {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        citizen = Fixtures.citizen(signUps, 1991);
    }

    /** A topic that citizens discussed and the operator closed; its bureau is its own. */
    long closedTopic(long... participants) throws Exception {
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        for (long member : participants) {
            Identities.as(member, CITIZEN, () -> opinions.post(topic, Stance.PRO, "찬성합니다"));
        }
        Identities.as(operator, OPERATOR, () -> topics.close(topic));
        return topic;
    }

    long bureauOf(long topic) throws Exception {
        return Identities.as(
                operator, OPERATOR, () -> topics.find(topic).getBureau().getId());
    }

    long official(long bureau) {
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        Fixtures.assignBureau(official, bureau);
        return official;
    }

    static OutcomeForm form(OutcomeStatus status, String summary, Integer progress) {
        OutcomeForm form = new OutcomeForm();
        form.setStatus(status);
        form.setSummary(summary);
        form.setProgress(progress);
        return form;
    }

    static EntryForm entry(LocalDate date, String body, String links) {
        EntryForm form = new EntryForm();
        form.setDate(date);
        form.setBody(body);
        form.setLinks(links);
        return form;
    }

    @Test
    void anOfficialOfTheBureauRecordsTheOutcomeOfAClosedTopicAndEveryChangeIsAudited() throws Exception {
        long open = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long official = official(bureauOf(open));
        RuleViolation notClosed = assertThrows(
                RuleViolation.class,
                () -> Identities.as(
                        official,
                        OFFICIAL,
                        () -> administration.record(SourceKind.TOPIC, open, form(null, "검토 중", 0))));
        assertEquals("outcome.source.notEligible", notClosed.messageKey());

        long topic = closedTopic(citizen);
        long mine = official(bureauOf(topic));
        assertTrue(
                Identities.as(mine, OFFICIAL, () -> administration.candidates(SourceKind.TOPIC)).stream()
                        .anyMatch(s -> s.id() == topic),
                "the closed topic of the bureau is a candidate");
        LocalDate today = LocalDate.now(SEOUL);
        PolicyOutcome recorded = Identities.as(mine, OFFICIAL, () -> {
            PolicyOutcome o = administration.record(
                    SourceKind.TOPIC, topic, form(OutcomeStatus.REVIEWING, "심야 버스 노선을 검토합니다.", 10));
            administration.addEntry(o.getId(), entry(today.minusDays(30), "부서 검토를 시작했습니다.", null));
            administration.addEntry(
                    o.getId(),
                    entry(
                            today,
                            "시범 운행을 결정했습니다.",
                            "보도자료 | https://news.seoul.go.kr/traffic/1\nhttps://example.org/plan.pdf"));
            return administration.revise(o.getId(), form(OutcomeStatus.REFLECTED, "심야 버스 노선 두 개를 시범 운행합니다.", 40));
        });
        assertEquals(OutcomeStatus.REFLECTED, recorded.getStatus());
        assertEquals(40, recorded.getProgress());
        assertEquals(bureauOf(topic), recorded.getBureau().getId());
        assertFalse(
                Identities.as(mine, OFFICIAL, () -> administration.candidates(SourceKind.TOPIC)).stream()
                        .anyMatch(s -> s.id() == topic),
                "a source with an outcome is no candidate");

        Outcomes.OutcomeView view = outcomes.ofSource(SourceKind.TOPIC, topic).orElseThrow();
        assertEquals(2, view.timeline().size());
        assertEquals("시범 운행을 결정했습니다.", view.timeline().get(0).getBody(), "newest first");
        assertEquals(2, view.timeline().get(0).getLinks().size());
        assertEquals("보도자료", view.timeline().get(0).getLinks().get(0).getLabel());
        assertEquals(today, view.outcome().getLatestOn());
        assertEquals("topics/" + topic, view.outcome().getSourceLink());

        List<String> actions = Identities.as(operator, OPERATOR, () -> auditLog.page(0, 200, "outcome.")).stream()
                .filter(e -> e.getTarget().equals("outcome:" + recorded.getId()))
                .map(e -> e.getAction())
                .toList();
        assertEquals(List.of("outcome.revise", "outcome.entry.add", "outcome.entry.add", "outcome.record"), actions);
        assertFalse(notices.waiting(1000).isEmpty(), "the participants have news waiting");

        // an official of another bureau: refused each way, nothing stored, nothing audited
        long other = official(bureaus(operator));
        long auditBefore = Identities.as(operator, OPERATOR, () -> auditLog.count("outcome."));
        Map<String, Callable<Object>> refused = new LinkedHashMap<>();
        refused.put("record", () -> administration.record(SourceKind.TOPIC, topic, form(null, "가로채기", 0)));
        refused.put("revise", () -> administration.revise(recorded.getId(), form(OutcomeStatus.IMPLEMENTED, "끝", 100)));
        refused.put("entry", () -> administration.addEntry(recorded.getId(), entry(today, "가짜 일정", null)));
        refused.put("result", () -> administration.addResult(recorded.getId(), "가짜", 100, 1));
        refused.put("remove", () -> {
            administration.removeEntry(recorded.getId(), view.timeline().get(0).getId());
            return null;
        });
        refused.put("find", () -> administration.find(recorded.getId()));
        for (var attempt : refused.entrySet()) {
            RuleViolation no = assertThrows(
                    RuleViolation.class, () -> Identities.as(other, OFFICIAL, attempt.getValue()), attempt::getKey);
            assertEquals("outcome.otherBureau", no.messageKey(), attempt.getKey());
        }
        assertEquals(0, Identities.as(other, OFFICIAL, () -> administration.count(OutcomeFilter.ALL)));
        assertEquals(auditBefore, Identities.as(operator, OPERATOR, () -> auditLog.count("outcome.")));
        Outcomes.OutcomeView after = outcomes.ofSource(SourceKind.TOPIC, topic).orElseThrow();
        assertEquals(OutcomeStatus.REFLECTED, after.outcome().getStatus());
        assertEquals(2, after.timeline().size());
        assertEquals(0, after.results().size());

        // a citizen is refused by the container
        assertInstanceOf(
                EJBAccessException.class,
                assertThrows(
                        Exception.class,
                        () -> Identities.as(citizen, CITIZEN, () -> administration.list(OutcomeFilter.ALL, 0, 10))));
        // the operator may do all, including sub-results that then set the progress
        Identities.as(operator, OPERATOR, () -> {
            administration.addResult(recorded.getId(), "노선 A", 100, 1);
            administration.addResult(recorded.getId(), "노선 B", 0, 3);
            return null;
        });
        assertEquals(
                25, outcomes.outcome(recorded.getId()).orElseThrow().outcome().getProgress());

        // the participant sees it among "what became of my voice"
        List<Outcomes.Voice> voices = Identities.as(citizen, CITIZEN, () -> outcomes.myVoice());
        Outcomes.Voice voice = voices.stream()
                .filter(v -> v.source().id() == topic)
                .findFirst()
                .orElseThrow();
        assertEquals(OutcomeStatus.REFLECTED, voice.outcome().getStatus());
        assertEquals("시범 운행을 결정했습니다.", voice.outcome().getLatestText());
    }

    private long bureaus(long asOperator) throws Exception {
        return Identities.as(asOperator, OPERATOR, () -> bureaus.create("부서-" + Fixtures.unique(), null)
                .getId());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        long topic = closedTopic(citizen);
        long official = official(bureauOf(topic));
        LocalDate today = LocalDate.now(SEOUL);
        String resident = "주민번호 900101-1234567";
        String huge = "가".repeat(20_000);
        Map<String, Callable<Object>> refused = new LinkedHashMap<>();
        refused.put("summary:outcome.summary.required", () -> record(topic, "   ", 0));
        refused.put("summary:outcome.summary.tooLong", () -> record(topic, huge, 0));
        refused.put("summary:input.residentNumber", () -> record(topic, resident, 0));
        refused.put("progress:outcome.progress.range", () -> record(topic, "요약", 101));
        refused.put("progress:outcome.progress.range#", () -> record(topic, "요약", -1));
        refused.put(
                "source:outcome.source.unknown",
                () -> administration.record(SourceKind.TOPIC, -5, form(null, "요약", 0)));
        refused.put(
                "source:outcome.source.unknown#",
                () -> administration.record(SourceKind.IDEA, -5, form(null, "요약", 0)));
        refused.put("source:outcome.source.unknown##", () -> administration.record(null, topic, form(null, "요약", 0)));
        for (var attempt : refused.entrySet()) {
            RuleViolation violation = assertThrows(
                    RuleViolation.class, () -> Identities.as(official, OFFICIAL, attempt.getValue()), attempt::getKey);
            assertEquals(attempt.getKey().replace("#", ""), violation.field() + ":" + violation.messageKey());
        }
        assertTrue(outcomes.ofSource(SourceKind.TOPIC, topic).isEmpty(), "nothing was stored");

        long id = Identities.as(official, OFFICIAL, () -> record(topic, "<script>alert(1)</script> 검토", 0)
                .getId());
        assertEquals(
                "<script>alert(1)</script> 검토",
                outcomes.outcome(id).orElseThrow().outcome().getSummary(),
                "plain text is kept as text; pages escape it");
        refused.clear();
        refused.put(
                "entryDate:outcome.entry.date.future",
                () -> administration.addEntry(id, entry(today.plusDays(1), "미래", null)));
        refused.put(
                "entryDate:outcome.entry.date.required", () -> administration.addEntry(id, entry(null, "날짜 없음", null)));
        refused.put(
                "entryBody:outcome.entry.body.required", () -> administration.addEntry(id, entry(today, " ", null)));
        refused.put(
                "entryBody:outcome.entry.body.tooLong", () -> administration.addEntry(id, entry(today, huge, null)));
        refused.put("entryBody:input.residentNumber", () -> administration.addEntry(id, entry(today, resident, null)));
        refused.put(
                "links:outcome.link.invalid",
                () -> administration.addEntry(id, entry(today, "문서", "보도자료 | javascript:alert(1)")));
        refused.put(
                "links:outcome.link.invalid#",
                () -> administration.addEntry(id, entry(today, "문서", "data:text/html,<script>alert(1)</script>")));
        refused.put(
                "links:input.residentNumber",
                () -> administration.addEntry(id, entry(today, "문서", resident + " | https://example.org")));
        refused.put(
                "links:outcome.link.label.tooLong",
                () -> administration.addEntry(id, entry(today, "문서", huge + " | https://example.org")));
        refused.put("resultTitle:input.residentNumber", () -> administration.addResult(id, resident, 10, 1));
        refused.put("resultTitle:outcome.result.title.tooLong", () -> administration.addResult(id, huge, 10, 1));
        refused.put("resultProgress:outcome.progress.range", () -> administration.addResult(id, "부분", 150, 1));
        refused.put("resultProgress:outcome.progress.range#", () -> administration.addResult(id, "부분", null, 1));
        refused.put("resultWeight:outcome.result.weight", () -> administration.addResult(id, "부분", 10, 0));
        refused.put("progress:outcome.progress.range", () -> administration.revise(id, form(null, "요약", 1000)));
        refused.put("summary:input.residentNumber", () -> administration.revise(id, form(null, resident, 10)));
        refused.put(
                "status:outcome.status.illegalMove",
                () -> administration.revise(id, form(OutcomeStatus.IMPLEMENTED, "요약", 10)));
        refused.put("null:notFound", () -> administration.revise(-1, form(null, "요약", 10)));
        refused.put("null:notFound#", () -> {
            administration.removeEntry(id, -1);
            return null;
        });
        refused.put("null:notFound##", () -> {
            administration.changeResult(id, -1, "부분", 10, 1);
            return null;
        });
        for (var attempt : refused.entrySet()) {
            RuleViolation violation = assertThrows(
                    RuleViolation.class, () -> Identities.as(official, OFFICIAL, attempt.getValue()), attempt::getKey);
            assertEquals(attempt.getKey().replace("#", ""), violation.field() + ":" + violation.messageKey());
        }
        Outcomes.OutcomeView view = outcomes.outcome(id).orElseThrow();
        assertEquals(0, view.timeline().size());
        assertEquals(0, view.results().size());
        assertEquals(0, view.outcome().getProgress());
        assertEquals(OutcomeStatus.REVIEWING, view.outcome().getStatus());
        assertEquals(0L, count("SELECT COUNT(*) FROM outcome_entry WHERE outcome_id = " + id));
        // today is the latest day allowed by the default setting
        Identities.as(official, OFFICIAL, () -> administration.addEntry(id, entry(today, "오늘의 결정", null)));
        assertEquals(1, outcomes.outcome(id).orElseThrow().timeline().size());
    }

    private PolicyOutcome record(long topic, String summary, Integer progress) {
        return administration.record(SourceKind.TOPIC, topic, form(null, summary, progress));
    }

    @Test
    @ExactlyOnce
    void twentyParallelSavesOfOneSourceMakeOneOutcome() throws Exception {
        long topic = closedTopic(citizen);
        List<String> results = Parallel.outcomes(
                executor,
                20,
                i -> () -> Identities.as(operator, OPERATOR, () -> {
                    administration.record(SourceKind.TOPIC, topic, form(null, "동시 저장 " + i, 0));
                    return "recorded";
                }));
        assertEquals(1, results.stream().filter("recorded"::equals).count(), results::toString);
        assertEquals(19, results.stream().filter("outcome.source.taken"::equals).count(), results::toString);
        assertEquals(
                1L, count("SELECT COUNT(*) FROM policy_outcome WHERE source_kind = 'TOPIC' AND source_id = " + topic));
        assertEquals(
                1L,
                count("SELECT COUNT(*) FROM audit_entry WHERE action = 'outcome.record' AND detail LIKE " + "'TOPIC:"
                        + topic + " %'"));
    }

    @Test
    void theTrackerFiltersPagesAndCostsOneStatementAPage() throws Exception {
        String mark = "추적" + Fixtures.unique();
        long a = closedTopic();
        long b = closedTopic();
        long c = closedTopic();
        long bureauA = bureauOf(a);
        Identities.as(operator, OPERATOR, () -> {
            long ia = administration
                    .record(SourceKind.TOPIC, a, form(OutcomeStatus.REFLECTED, mark + " 버스", 30))
                    .getId();
            administration.addEntry(ia, entry(LocalDate.now(SEOUL), "결정 " + mark, null));
            administration.record(SourceKind.TOPIC, b, form(OutcomeStatus.NOT_REFLECTED, mark + " 자전거", 0));
            administration.record(SourceKind.TOPIC, c, form(null, mark + " 공원", 0));
            return null;
        });
        int year =
                outcomes.ofSource(SourceKind.TOPIC, a).orElseThrow().outcome().getSourceYear();
        assertEquals(3, outcomes.trackerSize(new OutcomeFilter(null, null, null, null, mark)));
        assertEquals(3, outcomes.trackerSize(new OutcomeFilter(null, null, year, SourceKind.TOPIC, mark)));
        assertEquals(0, outcomes.trackerSize(new OutcomeFilter(null, null, year, SourceKind.IDEA, mark)));
        assertEquals(0, outcomes.trackerSize(new OutcomeFilter(null, null, year + 1, null, mark)));
        assertEquals(1, outcomes.trackerSize(new OutcomeFilter(OutcomeStatus.REFLECTED, null, null, null, mark)));
        assertEquals(1, outcomes.trackerSize(new OutcomeFilter(null, bureauA, null, null, mark)));
        assertEquals(1, outcomes.trackerSize(new OutcomeFilter(null, null, null, null, mark + " 자전거")));
        assertEquals(0, outcomes.trackerSize(new OutcomeFilter(null, null, null, null, "900101-1234567")));
        assertEquals(0, outcomes.trackerSize(new OutcomeFilter(null, null, null, null, mark + " 100%_\\")));
        assertTrue(outcomes.years().contains(year));

        List<PolicyOutcome> page = outcomes.tracker(new OutcomeFilter(null, null, null, null, mark), 0, 2);
        assertEquals(2, page.size());
        List<PolicyOutcome> rest = outcomes.tracker(new OutcomeFilter(null, null, null, null, mark), 2, 2);
        assertEquals(1, rest.size());
        assertTrue(page.get(0).getUpdatedAt().compareTo(page.get(1).getUpdatedAt()) >= 0, "newest change first");

        // one statement a page: title, bureau and newest timeline entry come with the row
        outcomes.tracker(OutcomeFilter.ALL, 0, 1);
        StatementTally.record();
        List<PolicyOutcome> counted = outcomes.tracker(OutcomeFilter.ALL, 0, 20);
        counted.forEach(o -> {
            o.getBureau().getNameKo();
            o.getLatestText();
            o.getTitle();
        });
        int statements = StatementTally.count();
        List<String> sql = StatementTally.statements();
        StatementTally.reset();
        assertTrue(counted.size() >= 3);
        assertEquals(1, statements, sql::toString);
    }

    /**
     * The members who took part are told once per change by mail (the outbox), with a one-click link of this list
     * only: a second run mails nobody twice, and after the link nothing more comes.
     */
    @Test
    @ExactlyOnce
    void participantsAreToldOfTheOutcomeByMailOnceAndMayStopIt() throws Exception {
        long participant = Fixtures.citizen(signUps, 1993);
        update("UPDATE member SET email_confirmed = TRUE WHERE id = " + participant);
        String email = text("SELECT email FROM member WHERE id = " + participant);
        long bystander = Fixtures.citizen(signUps, 1994);
        update("UPDATE member SET email_confirmed = TRUE WHERE id = " + bystander);
        long topic = closedTopic(participant);
        long id = Identities.as(operator, OPERATOR, () -> {
            long o = administration
                    .record(SourceKind.TOPIC, topic, form(OutcomeStatus.REFLECTED, "버스 노선을 늘립니다", 20))
                    .getId();
            administration.addEntry(o, entry(LocalDate.now(SEOUL), "예산을 확정했습니다", null));
            return o;
        });
        Identities.as(operator, OPERATOR, () -> mailTimer.fireNow());
        String title = outcomes.outcome(id).orElseThrow().outcome().getTitle();
        // the address's first mail is the sign-up's confirmation
        MailCatcher.ReceivedMail mail = MailCatcher.awaitMessagesTo(email, 2, MailCatcher.DEFAULT_TIMEOUT).stream()
                .filter(m -> m.subject().contains(title))
                .findFirst()
                .orElseThrow();
        assertTrue(mail.subject().contains(title), mail.subject());
        assertTrue(mail.body().contains("반영") && mail.body().contains("예산을 확정했습니다"), mail.body());
        assertTrue(mail.body().contains("/outcomes/" + id), mail.body());
        String link = MailCatcher.extractLink(mail.body(), "/mail/unsubscribe");
        assertTrue(link.contains("list=outcome"), link);
        assertEquals(1, mail.listUnsubscribe().size());
        assertTrue(mail.listUnsubscribe().get(0).contains("list=outcome&token="), mail.listUnsubscribe()::toString);
        assertEquals(1L, count("SELECT COUNT(*) FROM outcome_mail WHERE member_id = " + participant));
        assertEquals(0L, count("SELECT COUNT(*) FROM outcome_mail WHERE member_id = " + bystander));

        // a second run has nothing to tell; the link stops this list only
        Identities.as(operator, OPERATOR, () -> mailTimer.fireNow());
        assertEquals(1L, count("SELECT COUNT(*) FROM outcome_mail WHERE member_id = " + participant));
        String token = link.substring(link.indexOf("token=") + 6);
        assertEquals(MailConsentPort.Outcome.INVALID, consent.check(MailList.DIGEST, token));
        assertEquals(MailConsentPort.Outcome.UNSUBSCRIBED, consent.unsubscribe(MailList.OUTCOME, token));
        assertEquals(MailConsentPort.Outcome.ALREADY_UNSUBSCRIBED, consent.check(MailList.OUTCOME, token));
        assertEquals(1L, count("SELECT COUNT(*) FROM member WHERE follow_digest = TRUE AND id = " + participant));
        Identities.as(
                operator,
                OPERATOR,
                () -> administration.addEntry(id, entry(LocalDate.now(SEOUL), "시범 운행을 시작했습니다", null)));
        Identities.as(operator, OPERATOR, () -> mailTimer.fireNow());
        assertEquals(1L, count("SELECT COUNT(*) FROM outcome_mail WHERE member_id = " + participant));
        assertEquals(
                1,
                MailCatcher.messagesTo(email).stream()
                        .filter(m -> m.subject().contains(title))
                        .count());
    }

    private static void update(String sql) throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/ForumDS");
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.executeUpdate();
        }
    }

    private static String text(String sql) throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/ForumDS");
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws Exception {
        DataSource ds = InitialContext.doLookup("java:jboss/datasources/ForumDS");
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
