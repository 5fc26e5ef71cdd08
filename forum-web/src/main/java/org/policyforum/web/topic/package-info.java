/** Citizens' pages of the forums: the home page's current topics, the archives, and a topic with its discussion. */
package org.policyforum.web.topic;
