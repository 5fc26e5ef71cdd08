/**
 * Partners of the public API and the embeddable widget (issue 14): sites the city works with, the origins their
 * pages come from (the only ones CORS answers and the widget may be framed by), their API keys (shown once, kept
 * only as a hash) and how much each uses the API. Depends on the platform only; the widget reads topics and polls
 * through their own boundaries in the web tier.
 */
package org.policyforum.partner;
