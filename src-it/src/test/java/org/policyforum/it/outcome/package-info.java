/** The policy-outcome tracker: the rules through its boundaries, one outcome per source under parallel load. */
package org.policyforum.it.outcome;
