package org.policyforum.platform.entity;

/**
 * The security role names as compile-time constants, for {@code @RolesAllowed} in every feature; the member
 * feature's {@code Role} enum has the same names (and its test checks that they agree).
 */
public final class Roles {
    public static final String MEMBER = "MEMBER";
    public static final String CITIZEN = "CITIZEN";
    public static final String YOUTH_PANELIST = "YOUTH_PANELIST";
    public static final String EXPERT = "EXPERT";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String MODERATOR = "MODERATOR";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {}
}
