/**
 * The month's best discussants (award rounds) in the real server: shortlist, citizens' vote, officials' picks,
 * announcement, prizes.
 */
package org.policyforum.it.award;
