package org.policyforum.idea.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.policyforum.idea.entity.IdeaAnswer;
import org.policyforum.idea.entity.IdeaComment;
import org.policyforum.idea.entity.IdeaCommentReaction;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.idea.entity.Obligation;

/** What the idea space's boundaries answer with: plain values, so pages and the API never touch entities. */
public final class IdeaViews {

    private IdeaViews() {}

    /** A name in the organisation's two languages. */
    public record Name(String ko, String en) implements Serializable {

        public String in(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : ko;
        }
    }

    /** How the public list is narrowed and sorted (every part optional). */
    public record Query(String words, Long categoryId, IdeaState state, Long bureauId, Sort sort) {

        public enum Sort {
            SUPPORTS,
            NEWEST,
            ENDING
        }

        public static Query all() {
            return new Query(null, null, null, null, Sort.SUPPORTS);
        }
    }

    /** Which part of the triage queue. */
    public enum TriageQueue {
        /** Submitted, not yet looked at. */
        NEW,
        /** Still open and without an owning bureau. */
        UNASSIGNED,
        /** Every idea not yet decided. */
        OPEN
    }

    /** A line of the list. */
    public record Row(
            long id,
            String title,
            Name category,
            IdeaState state,
            int supports,
            Instant publishedAt,
            Instant supportEndsAt,
            Name bureau,
            boolean overdue,
            boolean answered)
            implements Serializable {}

    /** A row as the list's query selects it, before the page's overdue and answered marks are known. */
    public record RowData(
            Long id,
            String title,
            String categoryKo,
            String categoryEn,
            IdeaState state,
            int supports,
            Instant publishedAt,
            Instant supportEndsAt,
            String bureauKo,
            String bureauEn) {

        public Row row(boolean overdue, boolean answered) {
            return new Row(
                    id,
                    title,
                    new Name(categoryKo, categoryEn),
                    state,
                    supports,
                    publishedAt,
                    supportEndsAt,
                    bureauKo == null ? null : new Name(bureauKo, bureauEn),
                    overdue,
                    answered);
        }
    }

    /** A page of the list: {@code more} when a next page exists (no count over every idea for each page). */
    public record Page(List<Row> rows, boolean more) {}

    public record Event(IdeaState state, String reason, String reasonKey, Instant at) {}

    public record Answer(Name bureau, IdeaAnswer.Verdict verdict, String html, String reason, Instant at) {}

    public record Due(
            long id,
            Obligation obliges,
            int tierSupports,
            Name bureau,
            Instant crossedAt,
            Instant dueAt,
            Instant fulfilledAt,
            boolean overdue,
            boolean onTime) {

        /** Whole days left until it is due (negative when overdue); null for an obligation without a due date. */
        public Long daysLeft(Instant now) {
            return dueAt == null || fulfilledAt != null
                    ? null
                    : Duration.between(now, dueAt).toDays();
        }
    }

    /**
     * One idea's page. Title, body and author are null for a withdrawn idea (its placeholder stays), and for a hidden
     * one unless the viewer wrote it; {@code hiddenReason} is a moderator's, null while it waits for review.
     */
    public record Detail(
            long id,
            String title,
            String body,
            String authorName,
            Name category,
            Long categoryId,
            Name district,
            Name bureau,
            Long bureauId,
            IdeaState state,
            String stateReason,
            Instant publishedAt,
            Instant supportEndsAt,
            int supports,
            boolean supportable,
            Long mergedIntoId,
            Long suggestionId,
            int revisions,
            List<Event> history,
            List<Answer> answers,
            List<Due> obligations,
            Viewer viewer,
            Instant now,
            boolean hidden,
            String hiddenReason) {

        public boolean overdue() {
            return obligations.stream().anyMatch(Due::overdue);
        }

        /** Whether the support window has ended (the idea may also stop taking supports for other reasons). */
        public boolean windowOver() {
            return !now.isBefore(supportEndsAt);
        }

        /** Whole days until the support window closes; 0 on its last day and after. */
        public long daysLeft() {
            return Math.max(0, java.time.Duration.between(now, supportEndsAt).toDays());
        }
    }

    /** What the caller is to this idea. */
    public record Viewer(boolean loggedIn, boolean author, boolean supported, boolean following, boolean maySupport) {

        public static final Viewer ANONYMOUS = new Viewer(false, false, false, false, false);

        public boolean mayEdit(Detail idea) {
            return author && !idea.hidden() && idea.state() == IdeaState.SUBMITTED && idea.supports() == 0;
        }

        public boolean mayWithdraw(Detail idea) {
            return author && idea.state().isOpen();
        }
    }

    /** A line of "what became of my voice": an idea the member proposed or supported, with its latest news. */
    public record MyIdea(
            long id, String title, IdeaState state, boolean proposed, int supports, Instant latestAt, String latest) {}

    /** A line of a bureau's queue of what it owes. */
    public record Owed(
            long obligationId,
            long ideaId,
            String title,
            Obligation obliges,
            int tierSupports,
            Name bureau,
            Instant crossedAt,
            Instant dueAt,
            Instant fulfilledAt,
            boolean overdue)
            implements Serializable {}

    /** A bureau's public record of answers: the table none of the other platforms publishes. */
    public record BureauFigures(Name bureau, long answered, long onTime, Double medianDays, long open, long overdue) {

        /** Share of answers given by the due date, in whole percent; null before the first answer. */
        public Integer onTimePercent() {
            return answered == 0 ? null : (int) Math.round(100.0 * onTime / answered);
        }
    }

    /**
     * A comment on an idea as the viewer sees it, in reading order ({@code depth} is the indent, at most 4); the
     * author's name follows the masking setting, and a withdrawn or hidden one keeps its place with no text (a hidden
     * one's author still reads their own, and everyone the moderator's {@code hiddenReason}, if one was given).
     */
    public record Comment(
            long id,
            Long parentId,
            int depth,
            String authorName,
            boolean formerMember,
            String body,
            IdeaComment.Status status,
            String hiddenReason,
            Instant createdAt,
            boolean edited,
            long agrees,
            long disagrees,
            IdeaCommentReaction.Kind myReaction,
            boolean mine) {

        public boolean visible() {
            return status == IdeaComment.Status.VISIBLE;
        }
    }

    /**
     * An idea's comments: the first threads (each a comment and all its replies), how many threads there are, and
     * whether it takes comments now; when not, {@code closedKey} says why (a bundle key).
     */
    public record Comments(List<Comment> comments, long threads, int shownThreads, String closedKey) {

        public boolean open() {
            return closedKey == null;
        }

        public boolean more() {
            return threads > shownThreads;
        }
    }

    /** What a comment said before one of its edits. */
    public record CommentRevision(String body, Instant replacedAt) {}
}
