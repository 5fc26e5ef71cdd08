package org.policyforum.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.policyforum.member.control.AccountAddresses;
import org.policyforum.member.control.AccountLinks;
import org.policyforum.member.control.Caller;
import org.policyforum.member.control.MailRecipients;
import org.policyforum.member.control.MailRecipients.Consent;
import org.policyforum.member.control.MyDataPart;
import org.policyforum.member.control.PartnerLinks;
import org.policyforum.member.control.Passwords;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.TokenPurpose;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.MailPort;
import org.policyforum.platform.control.RateLimit;
import org.policyforum.platform.control.RateLimits;
import org.policyforum.platform.control.Text;
import org.policyforum.platform.entity.Roles;
import org.policyforum.platform.entity.RuleViolation;

/**
 * What a logged-in member does with their own account: its address, password, mail choices and language, the file
 * of everything the forum keeps about them, and leaving.
 */
@Stateless
public class MyAccount {

    private static final Logger LOG = Logger.getLogger(MyAccount.class.getName());

    @Inject
    Clock clock;

    @Inject
    MailRecipients recipients;

    @Inject
    Passwords passwords;

    @Inject
    MailPort mail;

    @Inject
    ForumEnvironment environment;

    @Inject
    Caller caller;

    @Inject
    RateLimits rateLimits;

    @Inject
    AccountAddresses addresses;

    @Inject
    AccountLinks links;

    @Inject
    PartnerLinks partnerLinks;

    @Inject
    @Any
    Instance<MyDataPart> parts;

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
        Optional<Member> owner = addresses.find(address);
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
        links.voidOutstanding(me, clock.instant(), TokenPurpose.CONFIRM_EMAIL);
        links.mailConfirmation(me, address, MailPort.Kind.CONFIRM_NEW_EMAIL);
    }

    /**
     * Ends every other session of the member and voids outstanding reset and change links; returns the number the
     * caller's own session must carry from now on to stay logged in.
     */
    @RolesAllowed(Roles.MEMBER)
    public int changePassword(String currentPassword, String newPassword) {
        Member me = caller.required();
        requirePassword(me, currentPassword);
        Passwords.requireStrong(newPassword, me.getEmail(), me.getRealName(), "newPassword");
        me.changePassword(passwords.hash(newPassword));
        links.voidOutstanding(me, clock.instant(), TokenPurpose.RESET_PASSWORD, TokenPurpose.CONFIRM_EMAIL);
        return me.getSessionEpoch();
    }

    @RolesAllowed(Roles.MEMBER)
    public void changeMailConsent(boolean optIn) {
        recipients.change(Consent.TOPIC_MAIL, caller.required().getId(), optIn);
    }

    /** The member's own choice: mail when the outcome of a topic they took part in changes. */
    @RolesAllowed(Roles.MEMBER)
    public void changeOutcomeNews(boolean wanted) {
        recipients.change(Consent.OUTCOME_NEWS, caller.required().getId(), wanted);
    }

    /** The member's own choice, like the monthly mail's: no official acts, so nothing to audit. */
    @RolesAllowed(Roles.MEMBER)
    public void changeFollowDigest(boolean wanted) {
        recipients.change(Consent.FOLLOW_DIGEST, caller.required().getId(), wanted);
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
                .add("outcomeNewsMail", me.isOutcomeNews())
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
        links.voidOutstanding(me, now, TokenPurpose.values());
        // a partner account linked to it is free again: the person may link it to a new account later
        int partners = partnerLinks.deleteAll(me.getId());
        LOG.info(() -> "Member " + me.getId() + " closed their account (" + partners + " partner logins unlinked)");
    }

    private void requirePassword(Member me, String password) {
        if (!passwords.matches(password, me.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "account.password.wrong");
        }
    }
}
