package org.policyforum.it.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.AuditLog;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.boundary.TopicClock;
import org.policyforum.topic.boundary.TopicForm;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;
import org.policyforum.topic.entity.Topic;
import org.policyforum.topic.entity.TopicState;

/** A topic's life through the boundaries, as an operator, an official and citizens, in the real server. */
@ExtendWith(ArquillianExtension.class)
class TopicsIT {

    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> OFFICIAL = Set.of("OFFICIAL", "CITIZEN");
    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(TopicsIT.class);
    }

    @Inject
    TopicAdministration administration;

    @Inject
    Topics topics;

    @Inject
    TopicPages topicPages;

    @Inject
    Opinions opinions;

    @Inject
    SignUps signUps;

    @Inject
    Bureaus bureaus;

    @Inject
    TopicClock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    Follows follows;

    @Resource
    ManagedExecutorService executor;

    long operator;
    long citizen;
    long bureau;

    @BeforeEach
    void people() throws Exception {
        operator = Fixtures.citizen(signUps, 1980);
        Fixtures.grant(operator, "OPERATOR");
        citizen = Fixtures.citizen(signUps, 1990);
        bureau = Identities.as(operator, OPERATOR, () -> bureaus.create("교통정책과-" + Fixtures.unique(), null)
                .getId());
    }

    TopicForm form(Forum forum, LocalDateTime opens, LocalDateTime closes) {
        TopicForm form = new TopicForm();
        form.setForum(forum);
        form.setTitle("토론 주제 " + Fixtures.unique());
        form.setSummary("요약");
        form.setBackground("<p>배경</p><script>alert(1)</script>");
        form.setBureauId(bureau);
        form.setOpensAt(opens);
        form.setClosesAt(closes);
        return form;
    }

    Topic openTopic(Forum forum) throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        return Identities.as(operator, OPERATOR, () -> {
            Topic topic = administration.draft(form(forum, now.plusDays(1), now.plusDays(20)));
            administration.schedule(topic.getId());
            return administration.openNow(topic.getId());
        });
    }

    @Test
    void aTopicGoesFromDraftToAnsweredAndTakesOpinionsOnlyWhileOpen() throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        Topic draft = Identities.as(
                operator, OPERATOR, () -> administration.draft(form(Forum.MAIN, now.plusDays(1), now.plusDays(20))));
        assertEquals(TopicState.DRAFT, draft.getState());
        assertFalse(draft.getBackground().contains("script"), "the background was sanitised");
        assertTrue(topicPages.page(draft.getId(), 50).isEmpty(), "a draft is not public");
        RuleViolation notPublic = assertThrows(
                RuleViolation.class,
                () -> Identities.as(citizen, CITIZEN, () -> opinions.post(draft.getId(), Stance.PRO, "찬성합니다")));
        assertEquals("notFound", notPublic.messageKey());

        long id = draft.getId();
        Identities.as(operator, OPERATOR, () -> administration.schedule(id));
        RuleViolation illegal = assertThrows(
                RuleViolation.class,
                () -> Identities.as(
                        operator, OPERATOR, () -> administration.markAnswered(id, "답변", LocalDate.now(SEOUL))));
        assertEquals("topic.illegalMove", illegal.messageKey());
        Identities.as(operator, OPERATOR, () -> administration.openNow(id));

        Identities.as(citizen, CITIZEN, () -> opinions.post(id, Stance.PRO, "<script>alert(1)</script> 심야 버스 찬성"));
        var page = topicPages.page(id, 50).orElseThrow();
        assertTrue(page.acceptsOpinions());
        assertEquals(1, page.count(Stance.PRO));
        assertTrue(
                page.opinions().get(0).body().startsWith("<script>"),
                "citizens' text is kept as text; pages escape it");

        Identities.as(operator, OPERATOR, () -> administration.close(id));
        RuleViolation closed = assertThrows(
                RuleViolation.class,
                () -> Identities.as(citizen, CITIZEN, () -> opinions.post(id, Stance.CON, "늦은 의견")));
        assertEquals("opinion.topic.notOpen", closed.messageKey());
        assertEquals(1, topicPages.page(id, 50).orElseThrow().opinions().size(), "nothing was stored");
        assertFalse(topicPages.page(id, 50).orElseThrow().acceptsOpinions());

        // "answered" needs the city's answer and its day: each refusal names its field and moves nothing
        LocalDate today = LocalDate.now(SEOUL);
        Map<String, Callable<Topic>> refused = new LinkedHashMap<>();
        refused.put("answer:topic.answer.required", () -> administration.markAnswered(id, "  ", today));
        refused.put("answer:topic.answer.tooLong", () -> administration.markAnswered(id, "가".repeat(5_001), today));
        refused.put("answer:input.residentNumber", () -> administration.markAnswered(id, "답변 900101-1234567", today));
        refused.put("answeredOn:topic.answeredOn.required", () -> administration.markAnswered(id, "답변", null));
        refused.put(
                "answeredOn:topic.answeredOn.future", () -> administration.markAnswered(id, "답변", today.plusDays(1)));
        refused.put(
                "answeredOn:topic.answeredOn.beforeOpening",
                () -> administration.markAnswered(id, "답변", today.minusYears(1)));
        for (var attempt : refused.entrySet()) {
            RuleViolation violation = assertThrows(
                    RuleViolation.class, () -> Identities.as(operator, OPERATOR, attempt.getValue()), attempt::getKey);
            assertEquals(attempt.getKey(), violation.field() + ":" + violation.messageKey());
        }
        assertEquals(
                TopicState.CLOSED, topicPages.page(id, 50).orElseThrow().topic().getState());
        String answer = "내년 3월부터 심야 버스 노선 두 개를 시범 운행합니다.\n<b>결정 과정</b>은 누리집에 공개합니다.";
        Identities.as(operator, OPERATOR, () -> administration.markAnswered(id, "  " + answer + " ", today));
        Topic answered = topicPages.page(id, 50).orElseThrow().topic();
        assertEquals(TopicState.ANSWERED, answered.getState());
        assertEquals(answer, answered.getAnswer(), "kept as text, stripped");
        assertEquals(today, answered.getAnsweredOn());
        assertTrue(
                Identities.as(operator, OPERATOR, () -> auditLog.page(0, 50, "topic.")).stream()
                        .anyMatch(e -> e.getTarget().equals("topic:" + id)
                                && e.getAction().equals("topic.answered")
                                && e.getDetail().contains(today + "): 내년 3월부터")),
                "the audit log says what the city answered and when");
    }

    /**
     * Operators pressing the same state button at once (two consoles, a double click, a script): each move happens
     * once, every other attempt is told the topic is no longer where the move starts, and nothing fails on the
     * topic's version (that used to end in a 500 for all but one).
     */
    @Test
    @ExactlyOnce
    void twentyParallelMovesOfOneTopicEachHappenOnce() throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        long id = Identities.as(
                        operator,
                        OPERATOR,
                        () -> administration.draft(form(Forum.MAIN, now.plusDays(1), now.plusDays(20))))
                .getId();
        Map<String, Function<Long, Topic>> moves = new LinkedHashMap<>();
        moves.put("topic.schedule", administration::schedule);
        moves.put("topic.open", administration::openNow);
        moves.put("topic.close", administration::close);
        for (var move : moves.entrySet()) {
            List<String> results = Parallel.outcomes(executor, 20, () -> Identities.as(
                            operator, OPERATOR, () -> move.getValue().apply(id))
                    .getState()
                    .name());
            assertEquals(
                    1,
                    results.stream().filter(r -> !r.equals("topic.illegalMove")).count(),
                    results::toString);
            long recorded = Identities.as(operator, OPERATOR, () -> auditLog.page(0, 500, "topic.")).stream()
                    .filter(e ->
                            e.getTarget().equals("topic:" + id) && e.getAction().equals(move.getKey()))
                    .count();
            assertEquals(1, recorded, move.getKey() + " recorded in the audit log");
        }
        assertEquals(
                TopicState.CLOSED, topicPages.page(id, 50).orElseThrow().topic().getState());
    }

    @Test
    void theClockOpensAndClosesTopicsOnTime() throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        Topic topic = Identities.as(operator, OPERATOR, () -> {
            Topic t = administration.draft(form(Forum.MAIN, now.plusHours(1), now.plusHours(5)));
            return administration.schedule(t.getId());
        });
        Instant opening = topic.getOpensAt();
        TestClock.at(opening.minusSeconds(1), () -> Identities.as(operator, OPERATOR, clock::advance));
        assertTrue(topicPages.page(topic.getId(), 10).isEmpty(), "not yet");
        TestClock.at(opening, () -> Identities.as(operator, OPERATOR, clock::advance));
        assertEquals(
                TopicState.OPEN,
                topicPages.page(topic.getId(), 10).orElseThrow().topic().getState());
        TestClock.at(topic.getClosesAt(), () -> Identities.as(operator, OPERATOR, clock::advance));
        assertEquals(
                TopicState.CLOSED,
                topicPages.page(topic.getId(), 10).orElseThrow().topic().getState());
    }

    @Test
    void badOpinionsAreRefusedAndNothingIsStored() throws Exception {
        long id = openTopic(Forum.MAIN).getId();
        for (String[] bad : new String[][] {
            {"", "opinion.body.required"},
            {"   ", "opinion.body.required"},
            {"가".repeat(20_000), "opinion.body.tooLong"},
            {"깨진\uFFFD글", "input.garbled"}
        }) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class,
                    () -> Identities.as(citizen, CITIZEN, () -> opinions.post(id, Stance.NEUTRAL, bad[0])));
            assertEquals(bad[1], refused.messageKey());
            assertEquals("body", refused.field());
        }
        RuleViolation noStance = assertThrows(
                RuleViolation.class, () -> Identities.as(citizen, CITIZEN, () -> opinions.post(id, null, "의견")));
        assertEquals("stance", noStance.field());
        RuleViolation unknown = assertThrows(
                RuleViolation.class, () -> Identities.as(citizen, CITIZEN, () -> opinions.post(-1, Stance.PRO, "의견")));
        assertEquals("notFound", unknown.messageKey());
        assertEquals(0, topicPages.page(id, 50).orElseThrow().opinions().size());
    }

    @Test
    void youthTopicsTakeOpinionsFromPanelistsOnly() throws Exception {
        long id = openTopic(Forum.YOUTH).getId();
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Identities.as(citizen, CITIZEN, () -> opinions.post(id, Stance.PRO, "저도 참여하고 싶어요")));
        assertEquals("opinion.youth.panelistsOnly", refused.messageKey());
        long panelist = Fixtures.citizen(signUps, 2008);
        Fixtures.grant(panelist, "YOUTH_PANELIST");
        Identities.as(panelist, Set.of("CITIZEN", "YOUTH_PANELIST"), () -> opinions.post(id, Stance.PRO, "좋은 생각입니다"));
        assertEquals(1, topicPages.page(id, 50).orElseThrow().count(Stance.PRO));
    }

    @Test
    void anOfficialWorksOnTheirOwnBureausTopicsOnly() throws Exception {
        long official = Fixtures.citizen(signUps, 1975);
        Fixtures.grant(official, "OFFICIAL");
        long ownBureau = Identities.as(operator, OPERATOR, () -> bureaus.create("기후환경본부-" + Fixtures.unique(), null)
                .getId());
        Fixtures.assignBureau(official, ownBureau);
        LocalDateTime now = LocalDateTime.now(SEOUL);

        Topic proposed = Identities.as(
                official, OFFICIAL, () -> administration.draft(form(Forum.MAIN, now.plusDays(3), now.plusDays(9))));
        assertEquals(
                ownBureau,
                proposed.getBureau().getId(),
                "an official proposes for their own bureau, whatever the form says");
        Topic others = Identities.as(
                operator, OPERATOR, () -> administration.draft(form(Forum.MAIN, now.plusDays(3), now.plusDays(9))));
        RuleViolation hidden = assertThrows(
                RuleViolation.class,
                () -> Identities.as(official, OFFICIAL, () -> administration.find(others.getId())));
        assertEquals("notFound", hidden.messageKey());
        assertTrue(Identities.as(official, OFFICIAL, () -> administration.list(0, 100)).stream()
                .allMatch(t -> t.getBureau().getId() == ownBureau));
        assertThrows(
                EJBAccessException.class,
                () -> Identities.as(official, OFFICIAL, () -> administration.schedule(proposed.getId())));
        assertThrows(EJBAccessException.class, () -> Identities.as(citizen, CITIZEN, () -> administration.list(0, 10)));
    }

    @Test
    void listsFilterByForumStateMonthAndWords() throws Exception {
        Topic youth = openTopic(Forum.YOUTH);
        LocalDateTime now = LocalDateTime.now(SEOUL);
        Topic draft = Identities.as(
                operator, OPERATOR, () -> administration.draft(form(Forum.MAIN, now.plusDays(2), now.plusDays(4))));
        var youthOpen =
                Identities.as(operator, OPERATOR, () -> administration.list(Forum.YOUTH, TopicState.OPEN, 0, 100));
        assertTrue(youthOpen.stream().anyMatch(t -> t.getId().equals(youth.getId())));
        assertTrue(youthOpen.stream().allMatch(t -> t.getForum() == Forum.YOUTH && t.getState() == TopicState.OPEN));
        assertTrue(Identities.as(operator, OPERATOR, () -> administration.list(null, TopicState.DRAFT, 0, 100)).stream()
                .anyMatch(t -> t.getId().equals(draft.getId())));

        String word = youth.getTitle().substring(youth.getTitle().lastIndexOf(' ') + 1);
        assertTrue(topics.archive(Forum.YOUTH, word, null, 0, 10).isEmpty(), "the open topic is not a past topic");
        Identities.as(operator, OPERATOR, () -> administration.close(youth.getId()));
        assertEquals(
                List.of(youth.getId()),
                topics.archive(Forum.YOUTH, word, null, 0, 10).stream()
                        .map(Topic::getId)
                        .toList());
        assertTrue(topics.archive(Forum.YOUTH, word + "없는말", null, 0, 10).isEmpty());
        assertTrue(topics.archive(Forum.MAIN, word, null, 0, 10).isEmpty(), "a forum's archive holds its own topics");
        assertTrue(topics.archiveMonths(Forum.YOUTH).contains(youth.getMonth().toString()));
        assertEquals(1, topics.archiveSize(Forum.YOUTH, word, youth.getMonth()));
        assertEquals(0, topics.archiveSize(Forum.YOUTH, word, youth.getMonth().minusMonths(1)));
    }

    @Test
    void aMemberFollowsATopicOnce() throws Exception {
        long id = openTopic(Forum.MAIN).getId();
        assertFalse(Identities.as(citizen, CITIZEN, () -> follows.isFollowing(id)));
        Identities.run(citizen, CITIZEN, () -> follows.follow(id));
        Identities.run(citizen, CITIZEN, () -> follows.follow(id));
        assertTrue(Identities.as(citizen, CITIZEN, () -> follows.isFollowing(id)), "following twice is following once");
        assertFalse(Identities.as(operator, OPERATOR, () -> follows.isFollowing(id)), "a follow is the member's own");
        Identities.run(citizen, CITIZEN, () -> follows.unfollow(id));
        assertFalse(Identities.as(citizen, CITIZEN, () -> follows.isFollowing(id)));
        LocalDateTime now = LocalDateTime.now(SEOUL);
        long draft = Identities.as(
                        operator,
                        OPERATOR,
                        () -> administration.draft(form(Forum.MAIN, now.plusDays(1), now.plusDays(2))))
                .getId();
        RuleViolation notPublic =
                assertThrows(RuleViolation.class, () -> Identities.run(citizen, CITIZEN, () -> follows.follow(draft)));
        assertEquals("notFound", notPublic.messageKey());
    }

    @Test
    void timesMustMakeSense() throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Identities.as(
                        operator,
                        OPERATOR,
                        () -> administration.draft(form(Forum.MAIN, now.plusDays(5), now.plusDays(1)))));
        assertEquals("closesAt", refused.field());
    }
}
