/**
 * The forum's meters beside the server's in the Prometheus text of the management interface's {@code /metrics}
 * (never the public port): ballots counted, each page's render time, the outbox's backlog. The readiness checks are
 * in forum-ejb's {@code org.policyforum.operations}.
 */
package org.policyforum.web.operations;
