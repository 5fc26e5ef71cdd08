package org.policyforum.report.entity;

/**
 * One cell of a dashboard's breakdown: how many people of a group (an age band or a district) chose an option (a
 * stance, or "ALL" for taking part at all). A suppressed cell (a group under the organisation's smallest, or hidden so
 * that it cannot be worked out from the line's total) carries no count: 0 and {@code suppressed}.
 */
public record BreakdownCell(String dimension, String group, String option, long count, boolean suppressed) {

    public static final String AGE = "AGE";
    public static final String DISTRICT = "DISTRICT";
}
