/**
 * Feeds for feed readers and partners' sites: Atom 1.0 and RSS 2.0 of new topics and of a topic's new opinions,
 * written by ROME (escaping is the library's), with absolute links from FORUM_BASE_URL and HTTP revalidation
 * (ETag, Last-Modified). They read through the same boundaries as the pages: a hidden or withdrawn opinion is a
 * placeholder without its text.
 */
package org.policyforum.web.feed;
