package org.policyforum.member.entity;

public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
