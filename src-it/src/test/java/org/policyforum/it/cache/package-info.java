/**
 * What one node keeps in memory (EclipseLink's shared cache, the tallies, the lowest idea tier) against rows that
 * another node of a cluster writes: tested on one node, with plain SQL in the place of the other node.
 */
package org.policyforum.it.cache;
