/**
 * The partners' side of the web tier: the gate in front of {@code /api} (keys, rate limits, CORS for registered
 * origins) and the embeddable widget that partners frame on their own pages.
 */
package org.policyforum.web.partner;
