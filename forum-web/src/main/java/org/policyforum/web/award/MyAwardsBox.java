package org.policyforum.web.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyforum.award.boundary.MemberAward;
import org.policyforum.award.boundary.MyAwards;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;

/** The member's own awards on the account page, with the prize's delivery address while it is still to be sent. */
@Named
@ViewScoped
public class MyAwardsBox implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAwards awards;

    private transient List<MemberAward> mine;
    private final Map<Long, String> addresses = new HashMap<>();

    public List<MemberAward> getMine() {
        if (mine == null) {
            mine = awards.mine();
        }
        return mine;
    }

    public void giveAddress(long awardId) {
        try {
            awards.giveAddress(awardId, addresses.get(awardId));
            addresses.remove(awardId);
            mine = null;
            FacesMessages.info("award.address.saved");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "myAwards");
        }
    }

    public Map<Long, String> getAddresses() {
        return addresses;
    }
}
