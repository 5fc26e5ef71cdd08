/**
 * Journeys: what a citizen, an operator or a hostile client does with the running forum, end to end, through real
 * HTTP and (for the classes tagged {@code browser}) headless Chromium.
 *
 * <ul>
 *   <li>{@link org.policyforum.it.journey.SignUpJourneyIT}: sign up, confirm by mail, log in, look after the
 *       account, download one's data, reset a forgotten password, log out; refused sign-ups.</li>
 *   <li>{@link org.policyforum.it.journey.AdminConsoleJourneyIT}: the first operator from the set-up link in the
 *       server log, bureaus, settings, roles, the audit log; who may not open the console, and from where.</li>
 *   <li>{@link org.policyforum.it.journey.BadRequestsIT}: what the forum answers to requests no browser of ours
 *       sends: unknown pages, forged and oversized posts, bytes that are not UTF-8, stale view state, tampered
 *       links; and the security headers.</li>
 * </ul>
 *
 * <p>All classes share one database for the whole run: every test makes its own people with
 * {@link org.policyforum.it.journey.TestPeople} (unique addresses and test person codes). The first operator can be
 * created only once per database, so {@link org.policyforum.it.journey.Operator} creates it on first use and keeps
 * the credentials for the rest of the run.
 *
 * <p>Links in mails point at the configured base URL ({@code FORUM_BASE_URL}, by default port 8080), not at the test
 * server, which may run on other ports: tests take path and query from a link and open them on the deployment's
 * base URL ({@link org.policyforum.it.journey.WebClient#pathOf}).
 */
package org.policyforum.it.journey;
