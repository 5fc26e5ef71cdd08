/** The idea space through its boundaries: proposals, supports and their race, tiers, triage, answers, the clock. */
package org.policyforum.it.idea;
