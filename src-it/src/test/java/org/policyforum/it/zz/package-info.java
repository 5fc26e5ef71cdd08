/**
 * Checks that must see what every other test left behind. Failsafe runs test classes alphabetically by their full
 * name, so this package sorts after every feature package (and after org.policyforum.it's own classes).
 */
package org.policyforum.it.zz;
