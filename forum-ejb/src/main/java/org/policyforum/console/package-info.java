/**
 * The admin console's own use cases that belong to no single feature (its front page's figures). It depends on the
 * features' boundaries; no feature depends on it.
 */
package org.policyforum.console;
