/**
 * The month's best discussants (award rounds) in the real server: shortlist, citizens' vote, officials' picks,
 * announcement, prizes. The package is named so that it sorts after {@code journey}: these tests make operators by
 * SQL, and the browser journeys need a run in which their own operator is the first (Failsafe runs alphabetically).
 */
package org.policyforum.it.round;
