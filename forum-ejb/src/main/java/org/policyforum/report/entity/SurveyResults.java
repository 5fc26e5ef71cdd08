package org.policyforum.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A survey's results as operators see them: per question, the count of each choice (or scale value) and the free
 * texts; and the breakdown by age band and district, whose cells under the organisation's smallest group carry no
 * count ({@code suppressed}).
 */
public record SurveyResults(
        long surveyId,
        String title,
        long responses,
        List<QuestionResult> questions,
        List<BreakdownRow> breakdown,
        int smallest)
        implements Serializable {

    /** How many people marked one choice or scale value of a question. */
    public record MarkCount(int mark, String label, long count) implements Serializable {}

    /** One question's counts; for a free-text question its texts instead (the count is theirs). */
    public record QuestionResult(int number, String text, QuestionKind kind, List<MarkCount> counts, List<String> texts)
            implements Serializable {

        public boolean isText() {
            return kind.isText();
        }

        public int textCount() {
            return texts.size();
        }
    }

    /**
     * One cell of the breakdown: how many of a group (an age band, a district) marked a choice of a question. A
     * suppressed cell carries 0 and {@code suppressed}, never its count.
     */
    public record BreakdownRow(
            int question, String dimension, String group, int mark, String label, long count, boolean suppressed)
            implements Serializable {}

    public long hiddenCells() {
        return breakdown.stream().filter(BreakdownRow::suppressed).count();
    }
}
