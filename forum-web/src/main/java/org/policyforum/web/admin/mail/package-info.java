/** The operator's campaign console: the campaigns list with the schedule, and one campaign's page. */
package org.policyforum.web.admin.mail;
