/**
 * Live polls beside a topic or on their own: a question with 2–10 options, single or multiple choice, open and close
 * times, eligibility (all verified members or the youth panel), one ballot per member per poll (a unique key), and a
 * tally counted from the ballots rather than kept in a counter row every vote would have to update.
 */
package org.policyforum.poll;
