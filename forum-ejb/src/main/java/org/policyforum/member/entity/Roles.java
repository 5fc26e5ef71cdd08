package org.policyforum.member.entity;

/** The role names as compile-time constants, for {@code @RolesAllowed}; they equal the {@link Role} names. */
public final class Roles {
    public static final String MEMBER = Role.MEMBER;
    public static final String CITIZEN = "CITIZEN";
    public static final String YOUTH_PANELIST = "YOUTH_PANELIST";
    public static final String EXPERT = "EXPERT";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String MODERATOR = "MODERATOR";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {}
}
