/** Citizens' pages of the policy-outcome tracker: the tracker, one outcome, a topic's outcome, a member's voices. */
package org.policyforum.web.outcome;
