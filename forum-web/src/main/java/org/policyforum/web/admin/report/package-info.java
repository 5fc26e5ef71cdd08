/** The console's dashboards: a topic's participation, stances and groups, as charts and the same figures as tables. */
package org.policyforum.web.admin.report;
