/** Moderation and accountability: the audit log of officials', moderators' and operators' actions. */
package org.policyforum.moderation;
