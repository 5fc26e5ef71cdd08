/** What officials learn from the forum: the topic dashboard's figures, its small-group rule and who may read it. */
package org.policyforum.it.report;
