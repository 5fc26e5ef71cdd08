package org.policyforum.member.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.policyforum.member.control.Caller;
import org.policyforum.member.control.FailedLogins;
import org.policyforum.member.control.IdentityVerifier;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.control.PersonKeys;
import org.policyforum.member.control.Tokens;
import org.policyforum.member.control.VerifierChoice;
import org.policyforum.member.entity.District;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.MemberToken;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/** What a person does with their own account: join, confirm, log in, look after it, leave. */
@Stateless
@DeclareRoles({
    Roles.MEMBER,
    Roles.CITIZEN,
    Roles.YOUTH_PANELIST,
    Roles.EXPERT,
    Roles.OFFICIAL,
    Roles.MODERATOR,
    Roles.OPERATOR
})
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

    @Inject
    FailedLogins failedLogins;

    @Inject
    RateLimits rateLimits;

    @Inject
    @Any
    Instance<MyDataPart> parts;

    /**
     * INVALID and LOCKED must look the same to the person at the login page (the owner of a locked account learns it
     * by mail): otherwise the lock message tells anyone which addresses have an account. THROTTLED is about the
     * client address, not the account.
     */
    public enum LoginOutcome {
        SUCCESS,
        INVALID,
        LOCKED,
        EMAIL_UNCONFIRMED,
        THROTTLED
    }

    /** @param sessionEpoch the number the new session is logged in under (see {@link #sessionEpoch()}) */
    public record LoginResult(LoginOutcome outcome, Long memberId, List<String> roles, int sessionEpoch) {
        static LoginResult refused(LoginOutcome outcome) {
            return new LoginResult(outcome, null, List.of(), 0);
        }
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

    /**
     * Creates the account, verified and waiting for its email to be confirmed; the confirmation mail goes out with it.
     * When the address already has an account nothing is created and its owner is told by mail instead (an
     * unconfirmed one gets a new link); the result is then empty, and the page must answer exactly as for a new
     * account, so that sign-up does not tell anyone which addresses are members.
     */
    @PermitAll
    public Optional<Member> signUp(@NotNull @Valid SignUp form, @NotNull Locale locale) {
        Instant now = clock.instant();
        String name =
                Text.name("realName", form.getRealName(), 2, 60, "signup.realName.required", "signup.realName.size");
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
        rateLimits.acquire(RateLimit.ACCOUNT_MAILS_PER_ADDRESS, email, "email");
        String passwordHash = passwords.hash(form.getPassword());
        Optional<Member> existing = findByEmail(email);
        if (existing.isPresent()) {
            tellOwnerOfSignUpAttempt(existing.get());
            return Optional.empty();
        }
        Member member = new Member(
                person.realName(), email, passwordHash, district, form.getBirthYear(), form.isMailOptIn(), locale, now);
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
        return Optional.of(member);
    }

    private void tellOwnerOfSignUpAttempt(Member owner) {
        if (!owner.isEmailConfirmed()) {
            sendConfirmation(owner, owner.getEmail(), TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_EMAIL);
            return;
        }
        mail.send(
                MailPort.Kind.SIGNUP_EXISTING,
                owner.getEmail(),
                owner.getLanguage(),
                Map.of("name", owner.getRealName(), "link", forgotLink()));
        LOG.info(() -> "Sign-up with the address of member " + owner.getId() + "; the owner was told by mail");
    }

    /** Sends a fresh confirmation link to an account whose email is not confirmed yet; silent for anything else. */
    @PermitAll
    public void resendConfirmation(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        // counted whether or not the address has an account, so a refusal tells nothing either
        rateLimits.acquire(RateLimit.ACCOUNT_MAILS_PER_ADDRESS, Member.normaliseEmail(email), "email");
        findByEmail(email)
                .filter(m -> m.isActive() && !m.isEmailConfirmed())
                .ifPresent(m ->
                        sendConfirmation(m, m.getEmail(), TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_EMAIL));
    }

    public enum LinkOutcome {
        CONFIRMED,
        INVALID,
        EXPIRED,
        USED
    }

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
        if (!claim(token, now)) {
            return LinkOutcome.USED;
        }
        member.confirmEmail(address);
        // older links of the account, and reset links sent to an address it no longer has, open nothing any more
        voidLinks(member, now, TokenPurpose.CONFIRM_EMAIL, TokenPurpose.RESET_PASSWORD);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RuleViolation.of("signup.email.duplicate");
        }
        return LinkOutcome.CONFIRMED;
    }

    /** A login without a known client address (in-container callers): only the account's own count applies. */
    @PermitAll
    public LoginResult authenticate(String email, String password) {
        return authenticate(email, password, null);
    }

    /**
     * Checks a login. Wrong passwords are counted on the account: after {@value #MAX_FAILED_LOGINS} in a row it waits
     * 15 minutes, and its owner is told by mail. They are also counted per client address across all accounts
     * ({@link RateLimit#LOGIN_FAILURES_PER_ADDRESS}); an address over its limit is refused before any password is
     * checked. Both counts are single UPDATEs/INSERTs under a row lock, so a burst of simultaneous attempts is
     * counted in full. The counts must commit even though the login fails, so this returns an outcome instead of
     * throwing.
     */
    @PermitAll
    public LoginResult authenticate(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        if (clientAddress != null && rateLimits.isExceeded(RateLimit.LOGIN_FAILURES_PER_ADDRESS, clientAddress)) {
            passwords.matches(password, null);
            return LoginResult.refused(LoginOutcome.THROTTLED);
        }
        Optional<Member> found = findByEmail(email).filter(Member::isActive);
        if (found.isEmpty()) {
            passwords.matches(password, null);
            return failed(clientAddress, LoginOutcome.INVALID);
        }
        Member member = found.get();
        if (member.isLocked(now)) {
            passwords.matches(password, null);
            return failed(clientAddress, LoginOutcome.LOCKED);
        }
        if (!passwords.matches(password, member.getPasswordHash())) {
            FailedLogins.Counted counted = failedLogins.count(member.getId(), now, MAX_FAILED_LOGINS, LOGIN_LOCK);
            if (counted == FailedLogins.Counted.LOCKED_NOW) {
                mail.send(
                        MailPort.Kind.ACCOUNT_LOCKED,
                        member.getEmail(),
                        member.getLanguage(),
                        Map.of("name", member.getRealName(), "link", forgotLink()));
                LOG.info(() -> "Member " + member.getId() + " locked for " + LOGIN_LOCK.toMinutes() + " minutes");
            }
            return failed(
                    clientAddress,
                    counted == FailedLogins.Counted.COUNTED ? LoginOutcome.INVALID : LoginOutcome.LOCKED);
        }
        if (!member.isEmailConfirmed()) {
            return LoginResult.refused(LoginOutcome.EMAIL_UNCONFIRMED);
        }
        failedLogins.clear(member.getId());
        List<String> roles = new java.util.ArrayList<>(
                member.getRoles().stream().map(Enum::name).toList());
        roles.add(Roles.MEMBER);
        return new LoginResult(LoginOutcome.SUCCESS, member.getId(), roles, member.getSessionEpoch());
    }

    private LoginResult failed(String clientAddress, LoginOutcome outcome) {
        if (clientAddress != null) {
            rateLimits.record(RateLimit.LOGIN_FAILURES_PER_ADDRESS, clientAddress);
        }
        return LoginResult.refused(outcome);
    }

    /**
     * The number the caller's session must carry to stay logged in: empty when nobody is logged in or the account is
     * no longer active. A reset, a password change or a closure counts it up and so ends the sessions before it.
     */
    @PermitAll
    public OptionalInt sessionEpoch() {
        Optional<Long> id = caller.id();
        if (id.isEmpty()) {
            return OptionalInt.empty();
        }
        List<?> epoch = em.createNativeQuery("SELECT session_epoch FROM member WHERE id = ?1 AND status = 'ACTIVE'")
                .setParameter(1, id.get())
                .getResultList();
        return epoch.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) epoch.get(0)).intValue());
    }

    /** Mails a password-reset link if the address belongs to an account; says nothing either way to the caller. */
    @PermitAll
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        // counted whether or not the address has an account, so a refusal tells nothing either
        rateLimits.acquire(RateLimit.ACCOUNT_MAILS_PER_ADDRESS, Member.normaliseEmail(email), "email");
        findByEmail(email)
                .filter(Member::isActive)
                .filter(Member::isEmailConfirmed)
                .ifPresent(m -> {
                    String secret = tokens.newSecret();
                    em.persist(new MemberToken(
                            Tokens.hash(secret), TokenPurpose.RESET_PASSWORD, m, m.getEmail(), clock.instant()));
                    mail.send(
                            MailPort.Kind.RESET_PASSWORD,
                            m.getEmail(),
                            m.getLanguage(),
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
        Instant now = clock.instant();
        if (!claim(token, now)) {
            // a simultaneous use of the same link came first
            throw RuleViolation.of("reset.link.used");
        }
        member.changePassword(passwords.hash(newPassword));
        // whoever else holds a link or a session of this account (the reason for a reset, often) loses it now
        voidLinks(member, now, TokenPurpose.RESET_PASSWORD, TokenPurpose.CONFIRM_EMAIL);
        LOG.info(() -> "Member " + member.getId() + " reset their password; other sessions and links ended");
    }

    @RolesAllowed(Roles.MEMBER)
    public Member me() {
        return caller.required();
    }

    /**
     * The logged-in member while the account is active; empty for a visitor and for a session whose account was
     * closed meanwhile (an error page shown to that session must still render its header, not fail again).
     */
    @PermitAll
    public Optional<Member> meIfActive() {
        return caller.member().filter(Member::isActive);
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
        rateLimits.acquire(RateLimit.EMAIL_CHANGES_PER_MEMBER, me.getId(), "newEmail");
        Optional<Member> owner = findByEmail(address);
        if (owner.isPresent()) {
            // the page says "link sent" either way; the owner of the address learns of the attempt instead
            mail.send(
                    MailPort.Kind.EMAIL_TAKEN,
                    address,
                    owner.get().getLanguage(),
                    Map.of(
                            "name",
                            owner.get().getRealName(),
                            "link",
                            environment.baseUrl().toString()));
            return;
        }
        // the address asked for last is the one that counts: earlier change links open nothing any more
        voidLinks(me, clock.instant(), TokenPurpose.CONFIRM_EMAIL);
        sendConfirmation(me, address, TokenPurpose.CONFIRM_EMAIL, MailPort.Kind.CONFIRM_NEW_EMAIL);
    }

    /**
     * Ends every other session of the member and voids outstanding reset and change links; returns the number the
     * caller's own session must carry from now on to stay logged in.
     */
    @RolesAllowed(Roles.MEMBER)
    public int changePassword(String currentPassword, String newPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        Passwords.weakness(newPassword, me.getEmail(), me.getRealName()).ifPresent(key -> {
            throw new RuleViolation("newPassword", key);
        });
        me.changePassword(passwords.hash(newPassword));
        voidLinks(me, clock.instant(), TokenPurpose.RESET_PASSWORD, TokenPurpose.CONFIRM_EMAIL);
        return me.getSessionEpoch();
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

    /**
     * Everything the forum keeps about the caller and everything they wrote and did, as one JSON object (the right of
     * access). The profile is at the top level as it always was ({@code id}, {@code realName}, {@code email}, …,
     * {@code exportedAt}); beside it one array per section that the features contribute through {@link MyDataPart}
     * (see the account page's list and README "Download my data"): {@code opinions}, {@code comments},
     * {@code reactions}, {@code pollBallots}, {@code awardVotes}, {@code awardNominations}, {@code awardsWon},
     * {@code follows}, {@code suggestions}, {@code suggestionSupports}, {@code youthApplications},
     * {@code expertInvitations}, {@code expertOpinions}. {@code sections} lists the section names present.
     * No other member's personal data is in the file.
     */
    @RolesAllowed(Roles.MEMBER)
    public String exportMyData() {
        Member me = caller.required();
        JsonObjectBuilder json = profile(me);
        Map<String, JsonArray> sections = new TreeMap<>();
        for (MyDataPart part : parts) {
            part.sections(me.getId()).forEach((name, rows) -> {
                if (sections.putIfAbsent(name, rows) != null) {
                    throw new IllegalStateException("two parts of the data export name the section " + name);
                }
            });
        }
        sections.forEach(json::add);
        json.add("sections", Json.createArrayBuilder(sections.keySet()));
        return json.build().toString();
    }

    private JsonObjectBuilder profile(Member me) {
        return Json.createObjectBuilder()
                .add("id", me.getId())
                .add("realName", me.getRealName())
                .add("email", me.getEmail())
                .add("emailConfirmed", me.isEmailConfirmed())
                .add(
                        "district",
                        me.getDistrict() == null ? "" : me.getDistrict().getCode())
                .add("birthYear", me.getBirthYear() == null ? 0 : me.getBirthYear())
                .add("identityVerifiedBy", String.valueOf(me.getVerifiedBy()))
                .add("identityVerifiedAt", String.valueOf(me.getVerifiedAt()))
                .add("monthlyTopicMail", me.isMailOptIn())
                .add("followDigestMail", me.isFollowDigest())
                .add("termsAcceptedAt", me.getTermsAcceptedAt().toString())
                .add("language", me.getLanguage().getLanguage())
                .add(
                        "roles",
                        Json.createArrayBuilder(
                                me.getRoles().stream().map(Enum::name).sorted().toList()))
                .add("bureau", me.getBureau() == null ? "" : me.getBureau().getNameKo())
                .add("memberSince", me.getCreatedAt().toString())
                .add("formatVersion", 2)
                .add("exportedAt", clock.instant().toString());
    }

    /** Leaves the forum. What the member wrote stays, shown as by a former member. */
    @RolesAllowed(Roles.MEMBER)
    public void closeAccount(String currentPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        Instant now = clock.instant();
        me.close(now);
        voidLinks(me, now, TokenPurpose.values());
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
        mail.send(
                kind,
                address,
                member.getLanguage(),
                Map.of("name", member.getRealName(), "link", link("confirm.xhtml", secret)));
    }

    /** Uses a link once, also against a simultaneous use of the same link: one UPDATE decides. */
    private boolean claim(MemberToken token, Instant now) {
        return em.createNativeQuery("UPDATE member_token SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, token.getId())
                        .executeUpdate()
                == 1;
    }

    /** Outstanding links of these kinds expire now (the page then says "expired, ask for a new one"). */
    private void voidLinks(Member member, Instant now, TokenPurpose... purposes) {
        for (TokenPurpose purpose : purposes) {
            em.createNativeQuery("UPDATE member_token SET expires_at = ?1"
                            + " WHERE member_id = ?2 AND purpose = ?3 AND used_at IS NULL AND expires_at > ?1")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, member.getId())
                    .setParameter(3, purpose.name())
                    .executeUpdate();
        }
    }

    /** Where the owner of an account asks for a reset link: the way back in that every notice offers. */
    private String forgotLink() {
        return environment.baseUrl().resolve("password-forgot.xhtml").toString();
    }

    private String link(String page, String secret) {
        return environment.baseUrl().resolve(page + "?token=" + secret).toString();
    }

    private Optional<MemberToken> token(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(MemberToken.BY_HASH, MemberToken.class)
                .setParameter("hash", Tokens.hash(secret.strip()))
                .getResultStream()
                .findFirst();
    }

    private Optional<Member> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("email", Member.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    private long count(String query, String parameter, Object value) {
        return em.createNamedQuery(query, Long.class)
                .setParameter(parameter, value)
                .getSingleResult();
    }
}
