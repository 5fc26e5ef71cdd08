/** Feeds: Atom and RSS of new topics and a topic's opinions, parsed strictly, revalidated by ETag and date. */
package org.policyforum.it.feed;
