/**
 * The newsletter feature's published interface: what the web tier and the tests may ask of the monthly campaign and
 * of a member's mail consent. forum-mail implements these ports; nothing outside forum-mail sees its classes or its
 * tables. (The plain outgoing-mail port, {@code MailPort}, stays in the platform: every feature sends mail through
 * it, and a feature may not depend on the newsletter.)
 */
package org.policyforum.newsletter.api;
