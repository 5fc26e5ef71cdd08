/** What officials learn from the forum: dashboards of topics and ideas, site-wide figures, exports, surveys. */
package org.policyforum.report;
