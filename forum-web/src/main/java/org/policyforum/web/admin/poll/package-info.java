/** The console's poll page: create and close polls, officials' breakdowns and their CSV/XLSX export. */
package org.policyforum.web.admin.poll;
