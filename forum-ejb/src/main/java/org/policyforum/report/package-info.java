/**
 * What officials learn from the forum: analytics, exports and participation surveys. A survey holds ordered questions
 * (single or multiple choice, a 1–5 scale, free text) for an audience (all members, the youth range, the participants
 * of a topic) between open and close times; one response per member (a unique key), editable until it closes; its
 * results keep small groups private ({@code SmallCells}).
 */
package org.policyforum.report;
