package org.policyforum.report.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.report.entity.Survey;
import org.policyforum.report.entity.SurveyAnswer;
import org.policyforum.report.entity.SurveyQuestion;
import org.policyforum.report.entity.SurveyResponse;

/** The surveys' part of "download my data": the member's responses, each answer with its question as asked. */
@Dependent
public class SurveyData implements MyDataPart {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        List<SurveyResponse> responses = em.createQuery(
                        "SELECT r FROM SurveyResponse r WHERE r.memberId = :member ORDER BY r.submittedAt, r.id",
                        SurveyResponse.class)
                .setParameter("member", memberId)
                .getResultList();
        return Map.of("surveyResponses", array(responses, r -> {
            Survey survey = em.find(Survey.class, r.getSurveyId());
            List<String> answers =
                    r.getAnswers().stream().map(a -> shown(survey, a)).toList();
            return row().put("surveyId", r.getSurveyId())
                    .put("title", survey.getTitle())
                    .put("answers", answers)
                    .put("submittedAt", r.getSubmittedAt())
                    .put("changedAt", r.getChangedAt());
        }));
    }

    private static String shown(Survey survey, SurveyAnswer a) {
        SurveyQuestion q = survey.getQuestions().get(a.getQuestion() - 1);
        String answer = a.getMark() == null ? a.getText() : q.label(a.getMark());
        return a.getQuestion() + ". " + q.getText() + ": " + answer;
    }
}
