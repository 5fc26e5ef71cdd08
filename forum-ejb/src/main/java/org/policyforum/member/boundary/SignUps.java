package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.policyforum.member.control.AccountAddresses;
import org.policyforum.member.control.AccountLinks;
import org.policyforum.member.control.IdentityVerifier;
import org.policyforum.member.control.PartnerLinks;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.member.control.VerifierChoice;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.LinkOutcome;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.RuleViolation;

/**
 * How a person joins: the sign-up form's choices, identity verification, the account, and the link that confirms its
 * address (sent again on request, followed once). No answer tells anyone which addresses already have an account.
 */
@Stateless
public class SignUps {

    private static final Logger LOG = Logger.getLogger(SignUps.class.getName());
    /** Korean law asks for a guardian's consent below 14; the forum does not collect that, so 14 is the minimum. */
    static final int MINIMUM_AGE = 14;

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    PersonKeys personKeys;

    @Inject
    @Any
    Instance<IdentityVerifier> verifiers;

    @Inject
    ForumEnvironment environment;

    @Inject
    AccountAddresses addresses;

    @Inject
    AccountLinks links;

    @Inject
    PartnerLinks partnerLinks;

    /** The districts of the sign-up form (and the names a district breakdown shows), in their order. */
    @PermitAll
    public List<District> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultList();
    }

    private Optional<IdentityVerifier> verifier() {
        return VerifierChoice.inForce(verifiers.stream().toList(), environment.isProduction());
    }

    /** Whether sign-up runs on the development verifier, which the page must say plainly. */
    @PermitAll
    public boolean isDevelopmentVerifier() {
        return verifier().map(IdentityVerifier::isDevelopment).orElse(false);
    }

    /**
     * Creates the account, verified and waiting for its email to be confirmed; the confirmation mail goes out with it.
     * When the address already has an account nothing is created and its owner is told by mail instead (an
     * unconfirmed one gets a new link); the result is then empty, and the page must answer exactly as for a new
     * account, so that sign-up does not tell anyone which addresses are members.
     */
    @PermitAll
    public Optional<Member> signUp(@NotNull @Valid SignUp form, @NotNull Locale locale) {
        String name =
                Text.name("realName", form.getRealName(), 2, 60, "signup.realName.required", "signup.realName.size");
        return create(form, locale, name, () -> {
            IdentityVerifier verifier = verifier().orElseThrow(() -> RuleViolation.of("verification.unavailable"));
            try {
                return new Verified(verifier.verify(name, form.getVerificationEvidence()), verifier.name());
            } catch (IdentityVerifier.VerificationFailed e) {
                throw new RuleViolation("verification", e.messageKey());
            }
        });
    }

    /**
     * Sign-up of a person a partner configured as an identity verifier vouched for (its checked ID token's person
     * key and real name; the web tier checked the token and passes on only what it says): the same account and
     * refusals as {@link #signUp}, the name the partner's, no evidence asked, and the partner account linked to the
     * new member in the same transaction, so that the partner's next login logs them in. One account per person
     * holds across verifiers when the partner's person key is the one they share (a Korean verifier's CI).
     */
    @PermitAll
    public Optional<Member> signUpVouched(
            @NotNull @Valid SignUp form, @NotNull Locale locale, @NotNull PartnerVouching vouching) {
        if (!vouching.isComplete()) {
            LOG.warning(() -> "Sign-up vouched by " + vouching.provider() + " refused: a part is missing or too long");
            throw new RuleViolation("verification", "signup.partner.refused");
        }
        String name =
                Text.name("realName", vouching.realName(), 2, 60, "signup.realName.required", "signup.realName.size");
        if (Text.holdsResidentNumber(vouching.personKey())) {
            // a provider whose person key is a resident number: it never reaches a hash, a row or a log line
            LOG.warning(() -> "Sign-up vouched by " + vouching.provider() + " refused: its person key is shaped like a"
                    + " resident number");
            throw new RuleViolation("verification", "signup.partner.refused");
        }
        Optional<Member> member = create(
                form,
                locale,
                name,
                () -> new Verified(
                        new IdentityVerifier.VerifiedPerson(vouching.personKey(), name),
                        "partner:" + vouching.provider()));
        if (member.isPresent()) {
            try {
                partnerLinks.storeWithNewMember(
                        member.get().getId(),
                        vouching.provider(),
                        vouching.issuer(),
                        vouching.subject(),
                        clock.instant());
            } catch (PersistenceException linkedMeanwhile) {
                // the same partner account joined or was linked in another tab first: no second account for it
                throw new RuleViolation("verification", "login.partner.linkedElsewhere");
            }
        }
        return member;
    }

    /** A person vouched for, and by whom (stored with the member). */
    private record Verified(IdentityVerifier.VerifiedPerson person, String verifierName) {}

    private Optional<Member> create(SignUp form, Locale locale, String name, Supplier<Verified> verification) {
        Instant now = clock.instant();
        String email = Member.normaliseEmail(form.getEmail());
        if (Text.holdsResidentNumber(email)) {
            throw new RuleViolation("email", "input.residentNumber");
        }
        if (Text.isGarbled(form.getPassword())) {
            throw new RuleViolation("password", "input.garbled");
        }
        int thisYear = Year.now(clock).getValue();
        if (form.getBirthYear() > thisYear) {
            throw new RuleViolation("birthYear", "signup.birthYear.future");
        }
        if (form.getBirthYear() < thisYear - 120) {
            throw new RuleViolation("birthYear", "signup.birthYear.implausible");
        }
        if (thisYear - form.getBirthYear() < MINIMUM_AGE) {
            throw new RuleViolation("birthYear", "signup.birthYear.tooYoung", MINIMUM_AGE);
        }
        Passwords.requireStrong(form.getPassword(), email, name, "password");
        District district = em.find(District.class, form.getDistrictCode());
        if (district == null) {
            throw new RuleViolation("district", "signup.district.required");
        }
        Verified verified = verification.get();
        String personHash = personKeys.hash(verified.person().personKey());
        if (count(Member.COUNT_BY_PERSON, "hash", personHash) > 0) {
            throw new RuleViolation("verification", "signup.person.duplicate");
        }
        addresses.countMailTo(email);
        String passwordHash = passwords.hash(form.getPassword());
        Optional<Member> existing = addresses.find(email);
        if (existing.isPresent()) {
            tellOwnerOfSignUpAttempt(existing.get());
            return Optional.empty();
        }
        Member member = new Member(
                verified.person().realName(),
                email,
                passwordHash,
                district,
                form.getBirthYear(),
                form.isMailOptIn(),
                locale,
                now);
        member.verifyIdentity(personHash, verified.verifierName(), now);
        em.persist(member);
        try {
            // the unique keys decide a race between two sign-ups the counts above could not see
            em.flush();
        } catch (PersistenceException e) {
            if (names(e, "uq_member_person")) {
                // the same person signed up at the same moment elsewhere (e.g. through two partner accounts)
                throw new RuleViolation("verification", "signup.person.duplicate");
            }
            throw new RuleViolation("email", "signup.duplicate");
        }
        links.mailConfirmation(member, email, MailPort.Kind.CONFIRM_EMAIL);
        LOG.info(() -> "Member " + member.getId() + " signed up, verified by " + verified.verifierName());
        return Optional.of(member);
    }

    /** Whether the database's refusal names the constraint (H2 and PostgreSQL both put its name in the message). */
    private static boolean names(Throwable refusal, String constraint) {
        for (Throwable t = refusal; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private void tellOwnerOfSignUpAttempt(Member owner) {
        if (!owner.isEmailConfirmed()) {
            links.mailConfirmation(owner, owner.getEmail(), MailPort.Kind.CONFIRM_EMAIL);
            return;
        }
        links.tellOwner(owner, MailPort.Kind.SIGNUP_EXISTING);
        LOG.info(() -> "Sign-up with the address of member " + owner.getId() + "; the owner was told by mail");
    }

    /** Sends a fresh confirmation link to an account whose email is not confirmed yet; silent for anything else. */
    @PermitAll
    public void resendConfirmation(String email) {
        addresses
                .findToMail(email)
                .filter(m -> m.isActive() && !m.isEmailConfirmed())
                .ifPresent(m -> links.mailConfirmation(m, m.getEmail(), MailPort.Kind.CONFIRM_EMAIL));
    }

    /** Follows an email-confirmation link (for a new account, or for a changed address). */
    @PermitAll
    public LinkOutcome confirmEmail(String secret) {
        Instant now = clock.instant();
        Optional<MemberToken> found = links.find(secret);
        if (found.isEmpty() || found.get().getPurpose() != TokenPurpose.CONFIRM_EMAIL) {
            return LinkOutcome.INVALID;
        }
        MemberToken token = found.get();
        if (token.isUsed()) {
            return LinkOutcome.USED;
        }
        if (token.isExpired(now)) {
            return LinkOutcome.EXPIRED;
        }
        Member member = token.getMember();
        if (member == null || !member.isActive()) {
            return LinkOutcome.INVALID;
        }
        String address = token.getNewEmail();
        if (!address.equals(member.getEmail()) && count(Member.COUNT_BY_EMAIL, "email", address) > 0) {
            throw RuleViolation.of("signup.email.duplicate");
        }
        if (!links.claim(token, now)) {
            return LinkOutcome.USED;
        }
        member.confirmEmail(address);
        // older links of the account, and reset links sent to an address it no longer has, open nothing any more
        links.voidOutstanding(member, now, TokenPurpose.CONFIRM_EMAIL, TokenPurpose.RESET_PASSWORD);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("signup.email.duplicate");
        }
        return LinkOutcome.CONFIRMED;
    }

    private long count(String query, String parameter, Object value) {
        return em.createNamedQuery(query, Long.class)
                .setParameter(parameter, value)
                .getSingleResult();
    }
}
