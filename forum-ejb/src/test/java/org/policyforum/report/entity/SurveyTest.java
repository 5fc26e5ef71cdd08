package org.policyforum.report.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.entity.RuleViolation;

class SurveyTest {

    static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");

    static List<SurveyQuestion> threeQuestions() {
        return List.of(
                Survey.question(1, QuestionKind.SINGLE_CHOICE, "참여해 보셨나요?", List.of("예", "아니요")),
                Survey.question(2, QuestionKind.SCALE_1_5, "만족도", List.of()),
                Survey.question(3, QuestionKind.FREE_TEXT, "하고 싶은 말", List.of()));
    }

    static Survey survey(List<SurveyQuestion> questions) {
        return new Survey(
                "참여 설문",
                null,
                SurveyAudience.ALL_MEMBERS,
                null,
                NOW,
                NOW.plus(Duration.ofDays(7)),
                questions,
                null,
                NOW);
    }

    @Test
    void thePhaseFollowsTheTimesAlone() {
        Survey survey = survey(threeQuestions());
        assertEquals(Survey.Phase.UPCOMING, survey.phase(NOW.minusSeconds(1)));
        assertEquals(Survey.Phase.OPEN, survey.phase(NOW));
        assertEquals(Survey.Phase.CLOSED, survey.phase(NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void aSurveyNeedsQuestionsChoicesForItsChoiceQuestionsAndACloseAfterItsOpen() {
        assertRefused("questions", "survey.questions.required", () -> survey(List.of()));
        assertRefused(
                "question2",
                "survey.question.choices.required",
                () -> Survey.question(2, QuestionKind.MULTIPLE_CHOICE, "무엇을?", List.of("하나")));
        assertRefused(
                "question1",
                "survey.question.choices.duplicate",
                () -> Survey.question(1, QuestionKind.SINGLE_CHOICE, "무엇을?", List.of("같음", "같음")));
        assertRefused(
                "closesAt",
                "survey.closesAt.beforeOpen",
                () -> new Survey("제목", null, SurveyAudience.ALL_MEMBERS, null, NOW, NOW, threeQuestions(), null, NOW));
        assertRefused(
                "topic",
                "survey.topic.required",
                () -> new Survey(
                        "제목",
                        null,
                        SurveyAudience.PARTICIPANTS,
                        null,
                        NOW,
                        NOW.plusSeconds(60),
                        threeQuestions(),
                        null,
                        NOW));
        // a scale or free-text question keeps no choices, whatever was typed
        assertEquals(
                List.of(),
                Survey.question(1, QuestionKind.SCALE_1_5, "점수", List.of("x", "y"))
                        .getChoices());
    }

    @Test
    void answersMustFitTheirQuestionsAndEveryCountedQuestionIsAnswered() {
        Survey survey = survey(threeQuestions());
        List<SurveyAnswer> rows = survey.checkAnswers(
                List.of(AnswerInput.marks(1, 2), AnswerInput.marks(2, 5), AnswerInput.text(3, "좋아요")));
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).getMark());
        assertEquals("좋아요", rows.get(2).getText());
        // the free text may stay empty
        assertEquals(
                2,
                survey.checkAnswers(List.of(AnswerInput.marks(1, 1), AnswerInput.marks(2, 3)))
                        .size());

        assertRefused("q2", "survey.answer.required", () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 1))));
        assertRefused(
                "q1",
                "survey.answer.notOfQuestion",
                () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 3), AnswerInput.marks(2, 3))));
        assertRefused(
                "q2",
                "survey.answer.notOfQuestion",
                () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 1), AnswerInput.marks(2, 6))));
        assertRefused(
                "q1",
                "survey.answer.onlyOne",
                () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 1, 2), AnswerInput.marks(2, 3))));
        assertRefused(
                null,
                "survey.answer.unknownQuestion",
                () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 1), AnswerInput.marks(4, 1))));
        assertRefused(
                null,
                "survey.answer.unknownQuestion",
                () -> survey.checkAnswers(List.of(AnswerInput.marks(1, 1), AnswerInput.marks(1, 2))));
    }

    @Test
    void aMultipleChoiceAnswerIsOneRowPerMarkedChoice() {
        Survey survey =
                survey(List.of(Survey.question(1, QuestionKind.MULTIPLE_CHOICE, "어디서?", List.of("누리집", "메일", "지인"))));
        List<SurveyAnswer> rows = survey.checkAnswers(List.of(AnswerInput.marks(1, 1, 3)));
        assertEquals(List.of(1, 3), rows.stream().map(SurveyAnswer::getMark).toList());
        assertEquals("지인", survey.getQuestions().get(0).label(3));
    }

    @Test
    void questionsChangeOnlyWhileNobodyHasAnswered() {
        Survey survey = survey(threeQuestions());
        List<SurveyQuestion> other = List.of(Survey.question(1, QuestionKind.SCALE_1_5, "새 질문", List.of()));
        Instant closes = NOW.plus(Duration.ofDays(10));
        assertRefused(
                "questions",
                "survey.questions.locked",
                () -> survey.revise("새 제목", null, SurveyAudience.ALL_MEMBERS, null, NOW, closes, other, true));
        assertEquals("참여 설문", survey.getTitle());
        // the same questions with new times are fine after answers came in
        survey.revise("새 제목", "소개", SurveyAudience.YOUTH, null, NOW, closes, threeQuestions(), true);
        assertEquals("새 제목", survey.getTitle());
        assertEquals(closes, survey.getClosesAt());
        survey.revise("새 제목", null, SurveyAudience.ALL_MEMBERS, null, NOW, closes, other, false);
        assertEquals(1, survey.getQuestions().size());
        assertEquals(QuestionKind.SCALE_1_5, survey.getQuestions().get(0).getKind());
    }

    private static void assertRefused(String field, String key, Executable action) {
        RuleViolation refused = assertThrows(RuleViolation.class, action::run);
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
    }

    @FunctionalInterface
    interface Executable {
        void run() throws Throwable;
    }
}
