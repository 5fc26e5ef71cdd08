/**
 * The idea space's pages for citizens: the public list (stateless, driven by its address), an idea's page and what a
 * member does on it, and the form for a new idea that shows similar ideas before saving.
 */
package org.policyforum.web.idea;
