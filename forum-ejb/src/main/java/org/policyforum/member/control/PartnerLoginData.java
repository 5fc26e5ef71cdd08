package org.policyforum.member.control;

import static org.policyforum.member.control.MyDataRows.array;
import static org.policyforum.member.control.MyDataRows.row;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.Map;

/**
 * The partner logins' part of "download my data": which partner accounts (provider, issuer, subject) log the member
 * in, and since when. The subject is the partner's name for the member, so it belongs in the member's own file.
 */
@Dependent
public class PartnerLoginData implements MyDataPart {

    @Inject
    PartnerLinks links;

    @Override
    public Map<String, JsonArray> sections(long memberId) {
        return Map.of("partnerLogins", array(links.of(memberId), link -> row().put("provider", link.getProvider())
                .put("issuer", link.getIssuer())
                .put("subject", link.getSubject())
                .put("linkedAt", link.getLinkedAt())));
    }
}
