/**
 * The month's best discussants: an award round per forum per month, a shortlist of nominated opinions, the citizens'
 * vote (one key per ballot slot, so parallel votes cannot double), the officials' picks with citations, the
 * operator's confirmation and announcement, and the prizes' fulfilment.
 */
package org.policyforum.award;
