package org.policyforum.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.PartnerVouching;
import org.policyforum.member.boundary.SignUp;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.member.partner.PartnerLoginSession;
import org.policyforum.web.member.partner.PartnerLoginSession.ToLink;
import org.policyforum.web.member.partner.PartnerProviders;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The sign-up form. A person a verifying partner vouched for (a partner login waiting in the session, see
 * {@link PartnerLoginSession}) joins with the partner's verification: the name is the partner's, no evidence is
 * asked, and the partner account is linked to the new member.
 */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection locale;

    @Inject
    PartnerProviders providers;

    /** The evidence field is not shown when a partner vouched; the form's rule that it is filled still holds. */
    private static final String VOUCHED = "partner";

    private final SignUp form = new SignUp();
    private transient List<District> districts;
    private String registeredEmail;
    private ToLink vouched;

    @PostConstruct
    void vouchedFor() {
        vouched = vouching().orElse(null);
        if (vouched != null) {
            form.setRealName(vouched.person().realName());
            form.setVerificationEvidence(VOUCHED);
        }
    }

    private static Optional<ToLink> vouching() {
        return PartnerLoginSession.toLink(Faces.getRequest()).filter(ToLink::mayJoin);
    }

    public void submit() {
        try {
            // the same answer whether or not the address has an account (its owner is told by mail)
            if (vouched == null) {
                signUps.signUp(form, locale.getLocale());
            } else {
                // the partner's word as the session holds it now (not as the page was opened)
                ToLink link = vouching().orElseThrow(() -> new RuleViolation("verification", "signup.partner.gone"));
                signUps.signUpVouched(
                        form,
                        locale.getLocale(),
                        new PartnerVouching(
                                link.provider(),
                                link.issuer(),
                                link.subject(),
                                link.person().personKey(),
                                link.person().realName()));
                PartnerLoginSession.forgetLink(Faces.getRequest());
            }
            registeredEmail = Member.normaliseEmail(form.getEmail());
            form.setPassword(null);
        } catch (RuleViolation violation) {
            form.setPassword(null);
            if (vouched != null && ("realName".equals(violation.field()) || "verification".equals(violation.field()))) {
                // the partner's name and word are not fields here: their refusal shows where they are shown
                FacesMessages.error("signup:vouched", violation.messageKey(), violation.arguments());
            } else {
                FacesMessages.show(violation, "signup");
            }
        }
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = signUps.districts();
        }
        return districts;
    }

    public boolean isDevelopmentVerifier() {
        return vouched == null && signUps.isDevelopmentVerifier();
    }

    /** Whether a verifying partner vouched for this person: their name is the partner's, no evidence is asked. */
    public boolean isVouched() {
        return vouched != null;
    }

    /** The partner who vouched, by name in the reader's language; empty when none did. */
    public String getVouchingPartner() {
        return vouched == null
                ? ""
                : providers
                        .byId(vouched.provider())
                        .map(p -> p.name(locale.getLocale()))
                        .orElse(vouched.provider());
    }

    public SignUp getForm() {
        return form;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }
}
