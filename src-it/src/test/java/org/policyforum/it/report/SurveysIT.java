package org.policyforum.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.Fixtures;
import org.policyforum.it.Parallel;
import org.policyforum.it.Rows;
import org.policyforum.it.security.Identities;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.moderation.entity.SanctionKind;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.boundary.SurveyAdministration;
import org.policyforum.report.boundary.SurveyForm;
import org.policyforum.report.boundary.SurveyForm.QuestionForm;
import org.policyforum.report.boundary.Surveys;
import org.policyforum.report.entity.AnswerInput;
import org.policyforum.report.entity.QuestionKind;
import org.policyforum.report.entity.SurveyAudience;
import org.policyforum.report.entity.SurveyResults;
import org.policyforum.topic.boundary.TopicAdministration;
import org.policyforum.topic.entity.Forum;
import org.policyforum.topic.entity.Stance;

/** The participation survey's rules through its boundaries, in the real server (H2 and PostgreSQL passes). */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

    static final Set<String> CITIZEN = Set.of("CITIZEN");
    static final Set<String> OPERATOR = Set.of("OPERATOR", "CITIZEN");
    static final Set<String> MODERATOR = Set.of("MODERATOR", "CITIZEN");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(SurveysIT.class);
    }

    @Inject
    Surveys surveys;

    @Inject
    SurveyAdministration administration;

    @Inject
    TopicAdministration topics;

    @Inject
    Bureaus bureaus;

    @Inject
    Opinions opinions;

    @Inject
    Sanctions sanctions;

    @Inject
    SignUps signUps;

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

    /** Three questions (pick one of two, a 1–5 scale, free text), for all members, open for a week. */
    static SurveyForm form() {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        SurveyForm form = new SurveyForm();
        form.setTitle("포럼 참여 설문 " + Fixtures.unique());
        form.setIntro("정책 포럼 참여 수준을 알아보는 설문입니다.");
        form.setOpensAt(now.minusMinutes(5));
        form.setClosesAt(now.plusDays(7));
        form.getQuestions().add(new QuestionForm(QuestionKind.SINGLE_CHOICE, "의견을 써 보셨나요?", "예", "아니요"));
        form.getQuestions().add(new QuestionForm(QuestionKind.SCALE_1_5, "포럼에 만족하십니까?"));
        form.getQuestions().add(new QuestionForm(QuestionKind.FREE_TEXT, "하고 싶은 말"));
        return form;
    }

    static List<AnswerInput> answers(int choice, int scale, String text) {
        return List.of(AnswerInput.marks(1, choice), AnswerInput.marks(2, scale), AnswerInput.text(3, text));
    }

    @Test
    void membersAnswerOnceTheOperatorReadsCountsAndTextsAndEverythingIsAudited() throws Exception {
        long survey = create(f -> {});
        assertTrue(lines(alice).stream().anyMatch(l -> l.id() == survey && !l.answered()));
        var first = Identities.as(alice, CITIZEN, () -> surveys.respond(survey, answers(1, 4, "좋은 자리입니다")));
        assertFalse(first.changed());
        Identities.as(bob, CITIZEN, () -> surveys.respond(survey, answers(2, 4, null)));
        assertTrue(lines(alice).stream().anyMatch(l -> l.id() == survey && l.answered()));

        SurveyResults results = Identities.as(operator, OPERATOR, () -> administration.results(survey));
        assertEquals(2, results.responses());
        assertEquals(List.of(1L, 1L), counts(results, 1));
        assertEquals(List.of(0L, 0L, 0L, 2L, 0L), counts(results, 2));
        assertEquals(List.of("좋은 자리입니다"), results.questions().get(2).texts());
        assertEquals(1, results.questions().get(2).textCount());
        // one person per group here: every breakdown cell is there without its count
        assertTrue(results.breakdown().stream().noneMatch(r -> r.count() > 0 && r.count() < 5), results::toString);
        assertTrue(results.breakdown().stream().anyMatch(SurveyResults.BreakdownRow::suppressed));

        Identities.run(operator, OPERATOR, () -> administration.recordExport(survey, "csv"));
        Identities.run(operator, OPERATOR, () -> administration.recordExport(survey, "xlsx"));
        assertEquals(
                "notFound",
                assertThrows(
                                RuleViolation.class,
                                () -> Identities.run(
                                        operator, OPERATOR, () -> administration.recordExport(survey, "pdf")))
                        .messageKey());
        for (var action : List.of("survey.create", "survey.results", "survey.export")) {
            assertEquals(
                    "survey.export".equals(action) ? 2 : 1,
                    Rows.count(
                            "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target = ? AND actor_id = ?",
                            action,
                            "survey:" + survey,
                            operator),
                    action);
        }
        assertEquals(2, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", survey));
    }

    @Test
    void anAnswerMayChangeUntilTheSurveyClosesAndStaysOneResponse() throws Exception {
        long survey = create(f -> {});
        Identities.as(alice, CITIZEN, () -> surveys.respond(survey, answers(1, 2, "처음")));
        var changed = Identities.as(alice, CITIZEN, () -> surveys.respond(survey, answers(2, 5, null)));
        assertTrue(changed.changed());
        var view = Identities.as(alice, CITIZEN, () -> surveys.view(survey)).orElseThrow();
        assertTrue(view.answered());
        assertTrue(view.mayAnswer());
        assertEquals(List.of(2), view.questions().get(0).marks());
        assertEquals(List.of(5), view.questions().get(1).marks());
        assertEquals(null, view.questions().get(2).myText());
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", survey));
        assertEquals(2, answerRows(survey));

        // closed by its operator: no change any more, the answers stay
        SurveyForm closing = Identities.as(operator, OPERATOR, () -> administration.form(survey));
        closing.setOpensAt(LocalDateTime.now(SEOUL).minusDays(1));
        closing.setClosesAt(LocalDateTime.now(SEOUL).minusMinutes(1));
        Identities.run(operator, OPERATOR, () -> administration.revise(survey, closing));
        assertRefused("survey.closed", alice, survey, answers(1, 1, null));
        assertRefused("survey.closed", bob, survey, answers(1, 1, null));
        assertFalse(Identities.as(alice, CITIZEN, () -> surveys.view(survey))
                .orElseThrow()
                .mayAnswer());
        assertEquals(2, answerRows(survey));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", survey));
    }

    @Test
    void badSurveysAreRefusedAtTheirFieldAndNothingIsStored() throws Exception {
        assertCreateRefused(
                "questions", "survey.questions.required", f -> f.getQuestions().clear());
        assertCreateRefused("question2", "survey.question.choices.required", f -> f.getQuestions()
                .set(1, new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "어디서?")));
        assertCreateRefused(
                "closesAt",
                "survey.closesAt.beforeOpen",
                f -> f.setClosesAt(f.getOpensAt().minusMinutes(1)));
        assertCreateRefused("title", "survey.title.required", f -> f.setTitle("   "));
        assertCreateRefused("title", "input.residentNumber", f -> f.setTitle("설문 900101-1234567"));
        assertCreateRefused("intro", "survey.intro.tooLong", f -> f.setIntro("가".repeat(20_000)));
        assertCreateRefused("title", "input.garbled", f -> f.setTitle("<script>\u0000</script>"));
        assertCreateRefused("topic", "survey.topic.required", f -> f.setAudience(SurveyAudience.PARTICIPANTS));
        assertCreateRefused("topic", "survey.topic.unknown", f -> {
            f.setAudience(SurveyAudience.PARTICIPANTS);
            f.setTopicId(-7L);
        });
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM survey WHERE created_by = ?", operator));
        // a citizen may not run surveys at all
        assertThrows(
                EJBAccessException.class, () -> Identities.as(alice, CITIZEN, () -> administration.create(form())));
        assertThrows(EJBAccessException.class, () -> Identities.as(alice, CITIZEN, () -> administration.list()));
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM survey WHERE created_by = ?", alice));
    }

    @Test
    void questionsChangeOnlyUntilTheFirstResponse() throws Exception {
        long survey = create(f -> {});
        SurveyForm before = Identities.as(operator, OPERATOR, () -> administration.form(survey));
        before.getQuestions().get(0).setChoices("예\n아니요\n모름");
        Identities.run(operator, OPERATOR, () -> administration.revise(survey, before));
        Identities.as(alice, CITIZEN, () -> surveys.respond(survey, answers(3, 3, null)));
        assertTrue(Identities.as(operator, OPERATOR, () -> administration.answered(survey)));

        SurveyForm after = Identities.as(operator, OPERATOR, () -> administration.form(survey));
        after.getQuestions().get(0).setChoices("예\n아니요");
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Identities.run(operator, OPERATOR, () -> administration.revise(survey, after)));
        assertEquals("survey.questions.locked", refused.messageKey());
        assertEquals("questions", refused.field());
        assertEquals(
                3,
                Identities.as(operator, OPERATOR, () -> administration.form(survey))
                        .getQuestions()
                        .get(0)
                        .choiceLines()
                        .size());
        // the title and times still may change
        SurveyForm renamed = Identities.as(operator, OPERATOR, () -> administration.form(survey));
        renamed.setTitle("새 제목 " + Fixtures.unique());
        Identities.run(operator, OPERATOR, () -> administration.revise(survey, renamed));
        assertEquals(renamed.getTitle(), Rows.single("SELECT title FROM survey WHERE id = ?", survey));
        assertEquals(
                2,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'survey.revise' AND target = ?",
                        "survey:" + survey));
    }

    @Test
    void answersOutsideTheAudienceTheTimesOrTheQuestionsAreRefusedAndNothingIsStored() throws Exception {
        LocalDateTime now = LocalDateTime.now(SEOUL);
        long upcoming = create(f -> {
            f.setOpensAt(now.plusDays(1));
            f.setClosesAt(now.plusDays(2));
        });
        long youth = create(f -> f.setAudience(SurveyAudience.YOUTH));
        long topic = Fixtures.openTopic(topics, bureaus, operator, Forum.MAIN);
        long participants = create(f -> {
            f.setAudience(SurveyAudience.PARTICIPANTS);
            f.setTopicId(topic);
        });
        long open = create(f -> {});

        assertRefused("notFound", alice, upcoming, answers(1, 1, null));
        assertRefused("notFound", alice, -1, answers(1, 1, null));
        assertTrue(Identities.as(alice, CITIZEN, () -> surveys.view(upcoming)).isEmpty());
        assertRefused("survey.notForYou", bob, youth, answers(1, 1, null));
        assertRefused("survey.notForYou", alice, participants, answers(1, 1, null));
        assertTrue(lines(alice).stream().noneMatch(l -> l.id() == participants || l.id() == upcoming));
        assertRefused("survey.answer.required", alice, open, List.of(AnswerInput.marks(1, 1)));
        assertRefused("survey.answer.notOfQuestion", alice, open, answers(3, 1, null));
        assertRefused("survey.answer.notOfQuestion", alice, open, answers(1, 6, null));
        assertRefused(
                "survey.answer.onlyOne", alice, open, List.of(AnswerInput.marks(1, 1, 2), AnswerInput.marks(2, 1)));
        assertRefused("survey.answer.unknownQuestion", alice, open, List.of(AnswerInput.marks(9, 1)));
        assertRefused("input.residentNumber", alice, open, answers(1, 1, "제 번호는 900101-1234567 입니다"));
        assertRefused("survey.answer.text.tooLong", alice, open, answers(1, 1, "가".repeat(10_001)));
        assertRefused("input.garbled", alice, open, answers(1, 1, "<script>alert(1)</script>\uFFFD"));
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM survey_response WHERE member_id = ?", alice));

        // taking part in the topic makes alice one of its participants
        Identities.as(alice, CITIZEN, () -> opinions.post(topic, Stance.PRO, "찬성합니다 " + Fixtures.unique()));
        Identities.as(alice, CITIZEN, () -> surveys.respond(participants, answers(1, 1, null)));
        assertTrue(lines(alice).stream().anyMatch(l -> l.id() == participants && l.answered()));
        // a member in the youth range may answer the youth survey
        long young = Fixtures.citizen(signUps, LocalDateTime.now(SEOUL).getYear() - 22);
        Identities.as(young, CITIZEN, () -> surveys.respond(youth, answers(2, 5, null)));
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", youth));
    }

    @Test
    void aSuspendedMemberCannotAnswer() throws Exception {
        long survey = create(f -> {});
        long moderator = Fixtures.citizen(signUps, 1977);
        Fixtures.grant(moderator, "MODERATOR");
        Identities.as(moderator, MODERATOR, () -> sanctions.place(alice, SanctionKind.SUSPENSION, 3, "반복된 광고 글"));
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> Identities.as(alice, CITIZEN, () -> surveys.respond(survey, answers(1, 1, null))));
        assertEquals("sanction.restricted.until", refused.messageKey());
        assertEquals(0, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", survey));
    }

    @Test
    @ExactlyOnce
    void twentyParallelSubmitsOfOneMemberStoreOneResponse() throws Exception {
        long survey = create(f -> {});
        List<String> outcomes = Parallel.outcomes(executor, 20, () -> {
            var receipt = Identities.as(bob, CITIZEN, () -> surveys.respond(survey, answers(2, 3, "동시에")));
            return receipt.changed() ? "changed" : "stored";
        });
        assertTrue(Set.of("stored", "changed", "survey.response.duplicate").containsAll(outcomes), outcomes::toString);
        assertEquals(1, outcomes.stream().filter("stored"::equals).count(), outcomes::toString);
        assertEquals(1, Rows.count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", survey));
        assertEquals(3, answerRows(survey));
    }

    @Test
    void breakdownCellsOfSmallGroupsShowNoCount() throws Exception {
        long survey = create(f -> {});
        for (int i = 0; i < 6; i++) {
            long member = Fixtures.citizen(signUps, 1990);
            Identities.as(member, CITIZEN, () -> surveys.respond(survey, answers(1, 3, null)));
        }
        Identities.as(bob, CITIZEN, () -> surveys.respond(survey, answers(2, 3, null)));
        SurveyResults results = Identities.as(operator, OPERATOR, () -> administration.results(survey));
        assertEquals(List.of(6L, 1L), counts(results, 1));
        var rows = results.breakdown();
        assertTrue(rows.stream().noneMatch(r -> r.count() > 0 && r.count() < 5), rows::toString);
        for (String dimension : List.of("AGE", "DISTRICT")) {
            for (int mark : List.of(1, 2)) {
                long hidden = rows.stream()
                        .filter(r -> r.question() == 1
                                && r.dimension().equals(dimension)
                                && r.mark() == mark
                                && r.suppressed())
                        .count();
                long groups = rows.stream()
                        .filter(r -> r.question() == 1 && r.dimension().equals(dimension))
                        .map(SurveyResults.BreakdownRow::group)
                        .distinct()
                        .count();
                assertTrue(hidden != 1 || groups == 1, dimension + " " + mark + " hides one cell: " + rows);
            }
        }
        assertEquals(
                1,
                Rows.count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'survey.results' AND target = ?",
                        "survey:" + survey));
    }

    private long create(Consumer<SurveyForm> change) throws Exception {
        SurveyForm form = form();
        change.accept(form);
        return Identities.as(operator, OPERATOR, () -> administration.create(form));
    }

    private List<Surveys.SurveyLine> lines(long member) throws Exception {
        return Identities.as(member, CITIZEN, () -> surveys.openForMe());
    }

    private static List<Long> counts(SurveyResults results, int question) {
        return results.questions().get(question - 1).counts().stream()
                .map(SurveyResults.MarkCount::count)
                .toList();
    }

    private static long answerRows(long survey) throws Exception {
        return Rows.count(
                "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                        + " WHERE r.survey_id = ?",
                survey);
    }

    private void assertRefused(String key, long member, long survey, List<AnswerInput> answers) {
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(member, CITIZEN, () -> surveys.respond(survey, answers)));
        assertEquals(key, refused.messageKey());
    }

    private void assertCreateRefused(String field, String key, Consumer<SurveyForm> change) {
        SurveyForm form = form();
        change.accept(form);
        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> Identities.as(operator, OPERATOR, () -> administration.create(form)));
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }
}
