package org.policyforum.member.entity;

import java.util.EnumSet;
import java.util.Set;

/** What a member may do; a member can hold several. Names are the security roles used in {@code @RolesAllowed}. */
public enum Role {
    CITIZEN,
    YOUTH_PANELIST,
    EXPERT,
    OFFICIAL,
    MODERATOR,
    OPERATOR;

    /** Security role every logged-in account has, whatever else it holds. */
    public static final String MEMBER = org.policyforum.platform.entity.Roles.MEMBER;

    /** The roles that open the admin console. */
    public static final Set<Role> STAFF = EnumSet.of(OFFICIAL, MODERATOR, OPERATOR);

    public boolean isStaff() {
        return STAFF.contains(this);
    }
}
