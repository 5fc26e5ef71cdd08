/** Demo content for a newcomer's first run (FORUM_DEMO=true): never loaded in production or into a used database. */
package org.policyforum.demo;
