/** The public award pages: the current round with its vote, the hall of fame, and a member's own awards. */
package org.policyforum.web.award;
