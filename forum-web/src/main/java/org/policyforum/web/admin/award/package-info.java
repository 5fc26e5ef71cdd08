/** The admin console's award rounds: opening rounds, the shortlist, officials' picks, confirmation, prizes. */
package org.policyforum.web.admin.award;
