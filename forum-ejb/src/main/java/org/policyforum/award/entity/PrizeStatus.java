package org.policyforum.award.entity;

/** Where a winner's prize is: waiting, sent, or declined by the winner (or undeliverable). */
public enum PrizeStatus {
    PENDING,
    SENT,
    DECLINED
}
