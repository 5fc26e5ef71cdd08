/** The month's best discussants in the real server: shortlist, citizens' vote, officials' picks, announcement. */
package org.policyforum.it.award;
