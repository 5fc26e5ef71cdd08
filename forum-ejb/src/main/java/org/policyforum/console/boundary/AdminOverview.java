package org.policyforum.console.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.policyforum.member.boundary.MemberFigures;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.Roles;

/**
 * The figures on the admin console's front page, each asked of the feature it belongs to (the console feature reads
 * no feature's tables; the idea space, moderation and reports add their figures here through their boundaries).
 */
@Stateless
@RolesAllowed({Roles.OFFICIAL, Roles.MODERATOR, Roles.OPERATOR})
public class AdminOverview {

    @Inject
    MemberFigures members;

    public record Figures(long activeMembers, long citizens, long officials, long activeBureaus)
            implements Serializable {}

    public Figures figures() {
        return new Figures(
                members.activeMembers(),
                members.withRole(Role.CITIZEN),
                members.withRole(Role.OFFICIAL),
                members.activeBureaus());
    }
}
