/** Everything that sends mail: the outbox, its sender, templates and unsubscribe. */
package org.policyforum.newsletter;
