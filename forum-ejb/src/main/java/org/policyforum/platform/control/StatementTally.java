package org.policyforum.platform.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements the calling thread has sent since it last reset the tally: the guard against N+1 queries
 * ({@code TopicPageQueriesIT}) and each page's statement meter. {@link SqlStatements}, EclipseLink's listener,
 * counts into it; kept apart from the listener so that the web tier can read it without EclipseLink's classes. The
 * cost is one thread-local read and an increment per statement; the statements' text is kept only after
 * {@link #record()}, for a test that wants to say which ones ran.
 */
public final class StatementTally {

    private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

    private static final class Tally {
        int count;
        List<String> statements;
    }

    private StatementTally() {}

    /** Starts counting from zero on the calling thread, and stops recording the statements' text. */
    public static void reset() {
        Tally tally = TALLY.get();
        tally.count = 0;
        tally.statements = null;
    }

    /** Starts counting from zero on the calling thread and keeps the text of each statement (for diagnostics). */
    public static void record() {
        reset();
        TALLY.get().statements = new ArrayList<>();
    }

    /** The SQL statements the calling thread has executed since its last {@link #reset()}. */
    public static int count() {
        return TALLY.get().count;
    }

    /** The statements recorded since {@link #record()}; empty when not recording. */
    public static List<String> statements() {
        List<String> statements = TALLY.get().statements;
        return statements == null ? List.of() : List.copyOf(statements);
    }

    static void executed(Object call) {
        Tally tally = TALLY.get();
        tally.count++;
        if (tally.statements != null) {
            tally.statements.add(String.valueOf(call));
        }
    }
}
