/**
 * The public JSON API under {@code /api} for partners and for the forum's own scripts (live poll results). It calls
 * the same boundaries as the pages and never goes around them.
 */
package org.policyforum.web.api;
