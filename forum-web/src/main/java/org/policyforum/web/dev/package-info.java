/** Aids for local runs only (the mail viewer); switched off by FORUM_PRODUCTION=true. */
package org.policyforum.web.dev;
