/**
 * The policy-outcome tracker: for a closed topic (and, with the idea space, an accepted or answered idea) what the
 * city did — a status, a summary, the responsible bureau, progress in % (rolled up from sub-results when it has
 * them) and dated timeline entries with links to documents. Sources are found through the {@code OutcomeSource} SPI
 * ({@code outcome.control}), so the tracker reads no other feature's tables; one outcome per source is the
 * database's unique key. Officials of the responsible bureau write outcomes, operators all; every change is audited,
 * and members who took part in the source are told of changes by mail (forum-mail reads {@code OutcomeNotices}).
 */
package org.policyforum.outcome;
