/**
 * What officials learn from the forum: analytics, exports, participation surveys and the monthly report. It reads
 * the features below it (topic, discussion, poll, award, idea, outcome, member) through their boundaries and ports,
 * never their tables; no feature depends on it.
 */
package org.policyforum.report;
