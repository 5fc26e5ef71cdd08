/**
 * What officials learn from the forum: dashboards of topics and ideas (each feature counts its own part, this
 * composes them), participation surveys, the monthly topic report and exports. A survey holds ordered questions
 * (single or multiple choice, a 1–5 scale, free text) for an audience (all members, the youth range, the participants
 * of a topic) between open and close times; one response per member (a unique key), editable until it closes. Every
 * statistic keeps small groups private ({@code SmallCells}) and every reading by an official is audited.
 */
package org.policyforum.report;
