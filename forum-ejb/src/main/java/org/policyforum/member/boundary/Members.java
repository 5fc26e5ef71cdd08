package org.policyforum.member.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.policyforum.member.control.Caller;
import org.policyforum.member.control.IdentityVerifier;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.member.control.Tokens;
import org.policyforum.member.control.VerifierChoice;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.Roles;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.boundary.RuleViolation;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.Text;

/** What a person does with their own account: join, confirm, log in, look after it, leave. */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.CITIZEN, Roles.YOUTH_PANELIST, Roles.EXPERT, Roles.OFFICIAL, Roles.MODERATOR, Roles.OPERATOR})
public class Members {

    private static final Logger LOG = Logger.getLogger(Members.class.getName());
    /** Korean law asks for a guardian's consent below 14; the forum does not collect that, so 14 is the minimum. */
    static final int MINIMUM_AGE = 14;
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOGIN_LOCK = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "forum")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Passwords passwords;
    @Inject
    PersonKeys personKeys;
    @Inject
    Tokens tokens;
    @Inject
    @Any
    Instance<IdentityVerifier> verifiers;
    @Inject
    MailPort mail;
    @Inject
    ForumEnvironment environment;
    @Inject
    Caller caller;

    public enum LoginOutcome { SUCCESS, INVALID, LOCKED, EMAIL_UNCONFIRMED }

    public record LoginResult(LoginOutcome outcome, Long memberId, List<String> roles) {
    }

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

    /** Creates the account, verified and waiting for its email to be confirmed; the confirmation mail goes out with it. */
    @PermitAll
    public Member signUp(@NotNull @Valid SignUp form, @NotNull Locale locale) {
        Instant now = clock.instant();
        String name = Text.name("realName", form.getRealName(), 2, 60, "signup.realName.required",
                "signup.realName.size");
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
        Passwords.weakness(form.getPassword(), email, name).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        District district = em.find(District.class, form.getDistrictCode());
        if (district == null) {
            throw new RuleViolation("district", "signup.district.required");
        }
        IdentityVerifier verifier = verifier().orElseThrow(() -> RuleViolation.of("verification.unavailable"));
        IdentityVerifier.VerifiedPerson person;
        try {
            person = verifier.verify(name, form.getVerificationEvidence());
        } catch (IdentityVerifier.VerificationFailed e) {
            throw new RuleViolation("verification", e.messageKey());
        }
        String personHash = personKeys.hash(person.personKey());
        if (count(Member.COUNT_BY_PERSON, "hash", personHash) > 0) {
            throw new RuleViolation("verification", "signup.person.duplicate");
        }
        if (count(Member.COUNT_BY_EMAIL, "email", email) > 0) {
            throw new RuleViolation("email", "signup.email.duplicate");
        }
        Member member = new Member(person.realName(), email, passwords.hash(form.getPassword()), district,
                form.getBirthYear(), form.isMailOptIn(), locale, now);
        member.verifyIdentity(personHash, verifier.name(), now);
        em.persist(member);
        try {
            // the unique keys decide a race between two sign-ups the counts above could not see
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("email", "signup.duplicate");
        }
        sendConfirmation(member, email, TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_EMAIL);
        LOG.info(() -> "Member " + member.getId() + " signed up, verified by " + verifier.name());
        return member;
    }

    /** Sends a fresh confirmation link to an account whose email is not confirmed yet; silent for anything else. */
    @PermitAll
    public void resendConfirmation(String email) {
        findByEmail(email).filter(m -> m.isActive() && !m.isEmailConfirmed())
                .ifPresent(m -> sendConfirmation(m, m.getEmail(), TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_EMAIL));
    }

    public enum LinkOutcome { CONFIRMED, INVALID, EXPIRED, USED }

    /** Follows an email-confirmation link (for a new account, or for a changed address). */
    @PermitAll
    public LinkOutcome confirmEmail(String secret) {
        Instant now = clock.instant();
        Optional<MemberToken> found = token(secret);
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
        token.use(now);
        member.confirmEmail(address);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("signup.email.duplicate");
        }
        return LinkOutcome.CONFIRMED;
    }

    /**
     * Checks a login. Wrong passwords are counted on the account: after {@value #MAX_FAILED_LOGINS} in a row it waits
     * 15 minutes. The count must commit even though the login fails, so this returns an outcome instead of throwing.
     */
    @PermitAll
    public LoginResult authenticate(String email, String password) {
        Instant now = clock.instant();
        Optional<Member> found = findByEmail(email).filter(Member::isActive);
        if (found.isEmpty()) {
            passwords.matches(password, null);
            return new LoginResult(LoginOutcome.INVALID, null, List.of());
        }
        Member member = found.get();
        if (member.isLocked(now)) {
            return new LoginResult(LoginOutcome.LOCKED, null, List.of());
        }
        if (!passwords.matches(password, member.getPasswordHash())) {
            member.recordFailedLogin(now, MAX_FAILED_LOGINS, LOGIN_LOCK);
            return new LoginResult(member.isLocked(now) ? LoginOutcome.LOCKED : LoginOutcome.INVALID, null, List.of());
        }
        if (!member.isEmailConfirmed()) {
            return new LoginResult(LoginOutcome.EMAIL_UNCONFIRMED, null, List.of());
        }
        member.recordSuccessfulLogin();
        List<String> roles = new java.util.ArrayList<>(member.getRoles().stream().map(Enum::name).toList());
        roles.add(Roles.MEMBER);
        return new LoginResult(LoginOutcome.SUCCESS, member.getId(), roles);
    }

    /** Mails a password-reset link if the address belongs to an account; says nothing either way to the caller. */
    @PermitAll
    public void requestPasswordReset(String email) {
        findByEmail(email).filter(Member::isActive).filter(Member::isEmailConfirmed).ifPresent(m -> {
            String secret = tokens.newSecret();
            em.persist(new MemberToken(Tokens.hash(secret), TokenPurpose.RESET_PASSWORD, m, m.getEmail(), clock.instant()));
            mail.send(MailPort.Kind.RESET_PASSWORD, m.getEmail(), m.getLanguage(),
                    Map.of("name", m.getRealName(), "link", link("password-reset.xhtml", secret)));
        });
    }

    /** Whether a reset link can still be used, so the page can say so before the person types a new password. */
    @PermitAll
    public LinkOutcome checkResetLink(String secret) {
        Optional<MemberToken> token = token(secret).filter(t -> t.getPurpose() == TokenPurpose.RESET_PASSWORD);
        if (token.isEmpty()) {
            return LinkOutcome.INVALID;
        }
        if (token.get().isUsed()) {
            return LinkOutcome.USED;
        }
        return token.get().isExpired(clock.instant()) ? LinkOutcome.EXPIRED : LinkOutcome.CONFIRMED;
    }

    @PermitAll
    public void resetPassword(String secret, String newPassword) {
        LinkOutcome state = checkResetLink(secret);
        if (state != LinkOutcome.CONFIRMED) {
            throw RuleViolation.of("reset.link." + state.name().toLowerCase(Locale.ROOT));
        }
        MemberToken token = token(secret).orElseThrow();
        Member member = token.getMember();
        Passwords.weakness(newPassword, member.getEmail(), member.getRealName()).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        token.use(clock.instant());
        member.changePassword(passwords.hash(newPassword));
    }

    @RolesAllowed(Roles.MEMBER)
    public Member me() {
        return caller.required();
    }

    /** A new address is used only once the link sent to it is followed. */
    @RolesAllowed(Roles.MEMBER)
    public void changeEmail(String newEmail, String currentPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        String address = Member.normaliseEmail(newEmail);
        if (!Member.isPlausibleEmail(address)) {
            throw new RuleViolation("newEmail", "signup.email.invalid");
        }
        if (Text.holdsResidentNumber(address)) {
            throw new RuleViolation("newEmail", "input.residentNumber");
        }
        if (address.equals(me.getEmail())) {
            throw new RuleViolation("newEmail", "account.email.same");
        }
        if (count(Member.COUNT_BY_EMAIL, "email", address) > 0) {
            throw new RuleViolation("newEmail", "signup.email.duplicate");
        }
        sendConfirmation(me, address, TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_NEW_EMAIL);
    }

    @RolesAllowed(Roles.MEMBER)
    public void changePassword(String currentPassword, String newPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        Passwords.weakness(newPassword, me.getEmail(), me.getRealName()).ifPresent(key -> {
            throw new RuleViolation("newPassword", key);
        });
        me.changePassword(passwords.hash(newPassword));
    }

    @RolesAllowed(Roles.MEMBER)
    public void changeMailConsent(boolean optIn) {
        caller.required().changeMailConsent(optIn);
    }

    /** The member's own choice, like the monthly mail's: no official acts, so nothing to audit. */
    @RolesAllowed(Roles.MEMBER)
    public void changeFollowDigest(boolean wanted) {
        Member me = caller.required();
        if (wanted) {
            me.resumeFollowDigest();
        } else {
            me.stopFollowDigest();
        }
    }

    @RolesAllowed(Roles.MEMBER)
    public void changeLanguage(@NotNull Locale locale) {
        caller.required().changeLanguage(locale);
    }

    /** Everything the forum keeps about the caller, as JSON (the right of access). */
    @RolesAllowed(Roles.MEMBER)
    public String exportMyData() {
        Member me = caller.required();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", me.getId())
                .add("realName", me.getRealName())
                .add("email", me.getEmail())
                .add("emailConfirmed", me.isEmailConfirmed())
                .add("district", me.getDistrict() == null ? "" : me.getDistrict().getCode())
                .add("birthYear", me.getBirthYear() == null ? 0 : me.getBirthYear())
                .add("identityVerifiedBy", String.valueOf(me.getVerifiedBy()))
                .add("identityVerifiedAt", String.valueOf(me.getVerifiedAt()))
                .add("monthlyTopicMail", me.isMailOptIn())
                .add("followDigestMail", me.isFollowDigest())
                .add("termsAcceptedAt", me.getTermsAcceptedAt().toString())
                .add("language", me.getLanguage().getLanguage())
                .add("roles", Json.createArrayBuilder(me.getRoles().stream().map(Enum::name).sorted().toList()))
                .add("bureau", me.getBureau() == null ? "" : me.getBureau().getNameKo())
                .add("memberSince", me.getCreatedAt().toString())
                .add("exportedAt", clock.instant().toString());
        return json.build().toString();
    }

    /** Leaves the forum. What the member wrote stays, shown as by a former member. */
    @RolesAllowed(Roles.MEMBER)
    public void closeAccount(String currentPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        me.close(clock.instant());
        LOG.info(() -> "Member " + me.getId() + " closed their account");
    }

    private void requirePassword(Member me, String password) {
        if (!passwords.matches(password, me.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "account.password.wrong");
        }
    }

    private void sendConfirmation(Member member, String address, TokenPurpose purpose, MailPort.Kind kind) {
        String secret = tokens.newSecret();
        em.persist(new MemberToken(Tokens.hash(secret), purpose, member, address, clock.instant()));
        mail.send(kind, address, member.getLanguage(),
                Map.of("name", member.getRealName(), "link", link("confirm.xhtml", secret)));
    }

    private String link(String page, String secret) {
        return environment.baseUrl().resolve(page + "?token=" + secret).toString();
    }

    private Optional<MemberToken> token(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(MemberToken.BY_HASH, MemberToken.class)
                .setParameter("hash", Tokens.hash(secret.strip())).getResultStream().findFirst();
    }

    private Optional<Member> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", Member.normaliseEmail(email)).getResultStream().findFirst();
    }

    private long count(String query, String parameter, Object value) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value).getSingleResult();
    }
}
