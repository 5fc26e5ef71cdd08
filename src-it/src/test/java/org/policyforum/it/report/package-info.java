/**
 * What officials learn from the forum, through its boundaries: the dashboards' figures, small-group rule and who may
 * read them; participation surveys (the operator's rules, one response per member under parallel load, results,
 * exports); the monthly report and the exports of a topic.
 */
package org.policyforum.it.report;
