package org.policyforum.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.control.SmallCells;
import org.policyforum.report.entity.Survey;
import org.policyforum.report.entity.SurveyQuestion;
import org.policyforum.report.entity.SurveyResponse;
import org.policyforum.report.entity.SurveyResults;
import org.policyforum.report.entity.SurveyResults.BreakdownRow;
import org.policyforum.report.entity.SurveyResults.MarkCount;
import org.policyforum.report.entity.SurveyResults.QuestionResult;

/**
 * Counts a survey's answers: per question over every response, and by age band (ten-year bands in the organisation's
 * current year) and district, one {@link SmallCells} table per question and dimension so that no group smaller than
 * the setting can be read, neither directly nor as a difference from the question's totals. Birth years and districts
 * never leave this class.
 */
@Dependent
public class SurveyResultsReader {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Settings settings;

    public SurveyResults read(Survey survey) {
        long id = survey.getId();
        long responses = em.createNamedQuery(SurveyResponse.COUNT, Long.class)
                .setParameter("survey", id)
                .getSingleResult();
        Map<String, Long> marks = new HashMap<>();
        for (Object[] row : rows(SurveyResponse.MARKS, id)) {
            marks.put(row[0] + "|" + row[1], ((Number) row[2]).longValue());
        }
        Map<Integer, List<String>> texts = new HashMap<>();
        for (Object[] row : rows(SurveyResponse.TEXTS, id)) {
            texts.computeIfAbsent((Integer) row[0], q -> new ArrayList<>()).add((String) row[1]);
        }
        List<QuestionResult> questions = new ArrayList<>();
        List<SurveyQuestion> asked = survey.getQuestions();
        for (int n = 1; n <= asked.size(); n++) {
            SurveyQuestion q = asked.get(n - 1);
            List<MarkCount> counts = new ArrayList<>();
            for (int mark : q.markable()) {
                counts.add(new MarkCount(mark, q.label(mark), marks.getOrDefault(n + "|" + mark, 0L)));
            }
            questions.add(new QuestionResult(n, q.getText(), q.getKind(), counts, texts.getOrDefault(n, List.of())));
        }
        int smallest = settings.current().getSmallGroupMin();
        return new SurveyResults(id, survey.getTitle(), responses, questions, breakdown(survey, smallest), smallest);
    }

    private List<BreakdownRow> breakdown(Survey survey, int smallest) {
        int thisYear = Year.now(settings.organisationClock()).getValue();
        // question -> cells of both dimensions
        Map<Integer, List<SmallCells.Cell>> cells = new TreeMap<>();
        Map<String, Long> byAge = new TreeMap<>();
        for (Object[] row : rows(SurveyResponse.BY_BIRTH_YEAR, survey.getId())) {
            String key = row[0] + "|" + row[1] + "|" + SmallCells.ageBand((Integer) row[2], thisYear);
            byAge.merge(key, ((Number) row[3]).longValue(), Long::sum);
        }
        byAge.forEach((key, count) -> {
            String[] part = key.split("\\|", 3);
            cells.computeIfAbsent(Integer.valueOf(part[0]), q -> new ArrayList<>())
                    .add(new SmallCells.Cell("AGE", part[2], Long.parseLong(part[1]), count));
        });
        for (Object[] row : rows(SurveyResponse.BY_DISTRICT, survey.getId())) {
            cells.computeIfAbsent((Integer) row[0], q -> new ArrayList<>())
                    .add(new SmallCells.Cell(
                            "DISTRICT",
                            row[2] == null ? "-" : (String) row[2],
                            ((Number) row[1]).longValue(),
                            ((Number) row[3]).longValue()));
        }
        List<BreakdownRow> result = new ArrayList<>();
        cells.forEach((number, questionCells) -> {
            SurveyQuestion q = survey.getQuestions().get(number - 1);
            List<Long> options = q.markable().stream().map(Integer::longValue).toList();
            SmallCells.suppress(questionCells, options, smallest).forEach((c, hidden) -> {
                int mark = (int) c.optionId();
                if (hidden) {
                    result.add(new BreakdownRow(number, c.dimension(), c.group(), mark, q.label(mark), 0, true));
                } else if (c.count() > 0) {
                    result.add(
                            new BreakdownRow(number, c.dimension(), c.group(), mark, q.label(mark), c.count(), false));
                }
            });
        });
        return result;
    }

    private List<Object[]> rows(String query, long surveyId) {
        return em.createNamedQuery(query, Object[].class)
                .setParameter("survey", surveyId)
                .getResultList();
    }
}
