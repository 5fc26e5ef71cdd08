/**
 * The Faces pages: citizens' pages at the root, the admin console under /admin, development aids under /dev. One
 * view-scoped bean per page; beans talk to boundaries only.
 */
package org.policyforum.web;
