/** The citizen side of mail: the unsubscribe page and the one-click unsubscribe endpoint of campaign mails. */
package org.policyforum.web.mail;
