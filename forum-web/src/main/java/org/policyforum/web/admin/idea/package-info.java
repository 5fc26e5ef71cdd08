/**
 * The console's idea space: the triage queue for moderators and operators, the bureau's queue of answers it owes
 * with the answer editor, and the operators' categories, tiers and idea rules.
 */
package org.policyforum.web.admin.idea;
