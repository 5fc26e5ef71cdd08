/** Participation surveys: the operator's rules, one response per member under parallel load, results, exports. */
package org.policyforum.it.report;
