/** Tests of the mail module: the monthly campaign, its sender, unsubscribe and schedule. */
package org.policyforum.it.mail;
