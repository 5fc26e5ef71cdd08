/** Members' side of moderation: the page on which a member reports a comment (opinions also inline on the topic). */
package org.policyforum.web.moderation;
