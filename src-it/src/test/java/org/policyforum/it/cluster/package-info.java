/**
 * The cluster (issue 16): two nodes of the cluster server behind the balancer on one PostgreSQL, started once for all
 * classes here by {@link org.policyforum.it.cluster.Cluster} (ops/cluster.sh) and tested from outside over HTTP and
 * SQL; run only by the PostgreSQL pass (tag {@code cluster}).
 */
package org.policyforum.it.cluster;
