package org.policyforum.poll.entity;

/** Who may cast a ballot: every verified member, or the youth panel only. */
public enum Eligibility {
    ALL,
    YOUTH
}
