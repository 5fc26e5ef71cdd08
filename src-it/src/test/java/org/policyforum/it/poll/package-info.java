/** Polls: the ballot rules, one ballot per member under parallel load, results, breakdowns, the live feed. */
package org.policyforum.it.poll;
