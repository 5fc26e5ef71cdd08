/** The public pages' clean, permanent addresses: what they answer, the old addresses' redirects, their guards. */
package org.policyforum.it.address;
