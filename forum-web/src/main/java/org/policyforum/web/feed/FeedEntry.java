package org.policyforum.web.feed;

import java.net.URI;
import java.time.Instant;

/** One item of a feed: already in the reader's words, with the absolute address of the page it announces. */
record FeedEntry(String id, String title, String text, URI link, Instant published) {}
