/** The console's policy outcomes: the list, recording an outcome, and its editor (timeline, sub-results). */
package org.policyforum.web.admin.outcome;
