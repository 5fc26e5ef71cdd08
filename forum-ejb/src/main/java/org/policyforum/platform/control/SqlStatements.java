package org.policyforum.platform.control;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database, per thread: the guard against N+1 queries
 * ({@code TopicPageQueriesIT} counts what one topic page costs). Registered in {@code persistence.xml} as
 * {@code eclipselink.session-event-listener}.
 *
 * <p>EclipseLink raises {@code postExecuteCall} exactly once per call it executes (from a {@code finally} block in
 * {@code AbstractSession.basicExecuteCall}, so a failing statement counts too); a call is one JDBC statement
 * unless the unit is partitioned over several connections, which this forum never does. Reads answered from the
 * shared cache send no SQL and are not counted. The cost is one thread-local read and an increment per statement;
 * the statements' text is kept only after {@link #record()}, for a test that wants to say which ones ran.
 */
public class SqlStatements extends SessionEventAdapter {

    private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

    private static final class Tally {
        int count;
        List<String> statements;
    }

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

    @Override
    public void postExecuteCall(SessionEvent event) {
        Tally tally = TALLY.get();
        tally.count++;
        if (tally.statements != null) {
            tally.statements.add(String.valueOf(event.getCall()));
        }
    }
}
