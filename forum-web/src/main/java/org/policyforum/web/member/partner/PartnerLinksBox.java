package org.policyforum.web.member.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.policyforum.member.boundary.PartnerLogins;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** The account page's "Partner logins": the member's links, each with a button to revoke it. */
@Named
@ViewScoped
public class PartnerLinksBox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerLogins partnerLogins;

    private List<PartnerLogins.Link> links;

    public List<PartnerLogins.Link> getLinks() {
        if (links == null) {
            links = partnerLogins.myLinks();
        }
        return links;
    }

    /** Revoked: the next login with that partner account asks to link it again. */
    public void revoke(long linkId) {
        try {
            partnerLogins.revoke(linkId);
            FacesMessages.info("account.partner.revoked");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "partnerLinks");
        }
        links = partnerLogins.myLinks();
    }
}
