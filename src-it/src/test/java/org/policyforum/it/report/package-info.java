/** The report feature: the monthly report of a topic and the exports of its opinions and comments. */
package org.policyforum.it.report;
