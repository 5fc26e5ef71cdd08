/** Citizens' poll pages: the poll with its ballot form and live results, and the poll box on a topic page. */
package org.policyforum.web.poll;
