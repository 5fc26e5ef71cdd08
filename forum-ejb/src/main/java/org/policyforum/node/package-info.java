/**
 * The nodes of a cluster (issue 16): each node says which build it runs and, every minute, writes a heartbeat with it
 * into the database; a node that sees a live peer of another build says so once in its log and in its readiness
 * answer ({@code /ops/ready}), so a rolling upgrade left half done or a forgotten old node does not go unnoticed.
 */
package org.policyforum.node;
