/** Citizens' opinions on a topic, each with a stance; comments and reactions join them here. */
package org.policyforum.discussion;
