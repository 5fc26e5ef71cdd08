package org.policyforum.platform.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database into the calling thread's {@link StatementTally}.
 * Registered in {@code persistence.xml} as {@code eclipselink.session-event-listener}.
 *
 * <p>EclipseLink raises {@code postExecuteCall} exactly once per call it executes (from a {@code finally} block in
 * {@code AbstractSession.basicExecuteCall}, so a failing statement counts too); a call is one JDBC statement
 * unless the unit is partitioned over several connections, which this forum never does. Reads answered from the
 * shared cache send no SQL and are not counted.
 */
public class SqlStatements extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        StatementTally.executed(event.getCall());
    }
}
