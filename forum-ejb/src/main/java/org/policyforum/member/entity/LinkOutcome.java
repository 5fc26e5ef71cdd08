package org.policyforum.member.entity;

/**
 * What following a one-time link of an account found: an email confirmation's result, or whether a reset link can
 * still be used ({@code CONFIRMED} then means "good to use"). The confirmation page shows it as
 * {@code confirm.<NAME>}, the reset page (and a refused reset) as {@code reset.link.<name>}.
 */
public enum LinkOutcome {
    CONFIRMED,
    INVALID,
    EXPIRED,
    USED
}
