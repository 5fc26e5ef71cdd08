/** The public read API under /api/v1: every endpoint, its HTTP caching and paging, its refusals, its documentation. */
package org.policyforum.it.api;
