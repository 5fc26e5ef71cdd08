package org.policyforum.report.entity;

/** Who a survey asks: every verified member, the organisation's youth age range, or the participants of a topic. */
public enum SurveyAudience {
    ALL_MEMBERS,
    YOUTH,
    PARTICIPANTS
}
