package org.policyforum.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.policyforum.moderation.boundary.SanctionView;
import org.policyforum.moderation.boundary.Sanctions;
import org.policyforum.web.member.CurrentUser;

/**
 * The one page-side check behind {@code <forum:sanctionNotice/>}: whether the member looking at a form is kept from
 * writing by a suspension or block, so the page shows why instead of letting them type a long text that the boundary
 * would refuse (the refusal itself stays there). Asked at most once per request and only for a logged-in member: a
 * reader's page asks nothing.
 */
@Named
@RequestScoped
public class WritingRestriction {

    @Inject
    Sanctions sanctions;

    @Inject
    CurrentUser currentUser;

    private boolean asked;
    private SanctionView sanction;

    /** The sanction in force that restricts writing, or null. */
    public SanctionView getSanction() {
        if (!asked) {
            asked = true;
            if (currentUser.isLoggedIn()) {
                sanction = sanctions.restrictingMe().orElse(null);
            }
        }
        return sanction;
    }

    public boolean isRestricted() {
        return getSanction() != null;
    }
}
