/**
 * The cluster (issue 16): two nodes of the cluster server behind the balancer on one PostgreSQL, started by
 * ops/cluster.sh and tested from outside over HTTP; run only by the PostgreSQL pass (tag {@code cluster}).
 */
package org.policyforum.it.cluster;
