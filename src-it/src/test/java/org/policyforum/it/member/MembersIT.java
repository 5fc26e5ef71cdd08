package org.policyforum.it.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.Parallel;
import org.policyforum.member.boundary.Logins;
import org.policyforum.member.boundary.Logins.LoginOutcome;
import org.policyforum.member.boundary.PartnerVouching;
import org.policyforum.member.boundary.PasswordResets;
import org.policyforum.member.boundary.SignUp;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.control.Tokens;
import org.policyforum.member.entity.LinkOutcome;
import org.policyforum.member.entity.Member;
import org.policyforum.member.entity.Role;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The account boundaries (sign-up, login, password reset) in the real server: sign-up rules, one account per person,
 * confirmation and reset links delivered through the real SMTP catcher, login outcomes. Every refusal is checked to
 * have stored nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(MembersIT.class);
    }

    @Inject
    Logins logins;

    @Inject
    PasswordResets passwordResets;

    @Inject
    SignUps signUps;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/ForumDS")
    DataSource ds;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static SignUp form(String id) {
        SignUp form = new SignUp();
        form.setRealName("시민" + id);
        form.setEmail("m-" + id + "@example.org");
        form.setPassword("correct-horse-7");
        form.setDistrictCode("11440");
        form.setBirthYear(1985);
        form.setTermsAccepted(true);
        form.setMailOptIn(true);
        form.setVerificationEvidence("TEST-" + id);
        return form;
    }

    static SignUp form(String id, Consumer<SignUp> change) {
        SignUp form = form(id);
        change.accept(form);
        return form;
    }

    @Test
    void signUpCreatesAVerifiedCitizenAndMailsAConfirmationLink() {
        String id = unique();
        Member member = signUps.signUp(form(id), Locale.KOREAN).orElseThrow();
        assertTrue(member.hasRole(Role.CITIZEN));
        assertFalse(member.isEmailConfirmed());
        var mail = MailCatcher.awaitMessageTo("m-" + id + "@example.org");
        assertTrue(mail.subject().contains("이메일"), mail.subject());
        assertEquals(
                LoginOutcome.EMAIL_UNCONFIRMED,
                logins.authenticate("m-" + id + "@example.org", "correct-horse-7")
                        .outcome());

        String token = token(mail.body());
        assertEquals(LinkOutcome.CONFIRMED, signUps.confirmEmail(token));
        assertEquals(LinkOutcome.USED, signUps.confirmEmail(token), "a link works once");
        var login = logins.authenticate("M-" + id + "@Example.org ", "correct-horse-7");
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertTrue(login.roles().contains("CITIZEN") && login.roles().contains("MEMBER"));
    }

    @Test
    void onePersonHoldsOneAccount() {
        String id = unique();
        signUps.signUp(form(id), Locale.KOREAN);
        long before = count("member");
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> signUps.signUp(form(unique(), f -> f.setVerificationEvidence("test-" + id)), Locale.KOREAN));
        assertEquals("signup.person.duplicate", refused.messageKey());
        assertEquals("verification", refused.field());
        assertEquals(before, count("member"));
    }

    /**
     * Sign-up with an address that has an account answers as for a new one (the page cannot tell them apart) and
     * creates nothing; the owner is told by mail instead, and an owner who never confirmed gets a fresh link.
     */
    @Test
    void signUpWithATakenAddressCreatesNothingAndTellsTheOwnerByMail() {
        String email = confirmedMember();
        long before = count("member");
        assertTrue(signUps.signUp(form(unique(), f -> f.setEmail(email.toUpperCase(Locale.ROOT))), Locale.KOREAN)
                .isEmpty());
        assertEquals(before, count("member"));
        var notice = MailCatcher.awaitMessagesTo(email, 2, MailCatcher.DEFAULT_TIMEOUT)
                .get(1);
        assertTrue(notice.subject().contains("가입하려는 시도"), notice.subject());
        assertTrue(notice.body().contains("/password-forgot"), notice.body());

        String id = unique();
        signUps.signUp(form(id), Locale.KOREAN);
        String unconfirmed = "m-" + id + "@example.org";
        assertTrue(signUps.signUp(form(unique(), f -> f.setEmail(unconfirmed)), Locale.KOREAN)
                .isEmpty());
        String fresh = token(MailCatcher.awaitMessagesTo(unconfirmed, 2, MailCatcher.DEFAULT_TIMEOUT)
                .get(1)
                .body());
        assertEquals(LinkOutcome.CONFIRMED, signUps.confirmEmail(fresh));
        assertEquals(
                LoginOutcome.SUCCESS,
                logins.authenticate(unconfirmed, "correct-horse-7").outcome(),
                "the account keeps its own password: the second sign-up changed nothing");
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndStoresNothing() {
        int thisYear = Year.now().getValue();
        assertRefused("birthYear", "signup.birthYear.future", form(unique(), f -> f.setBirthYear(thisYear + 1)));
        assertRefused("birthYear", "signup.birthYear.tooYoung", form(unique(), f -> f.setBirthYear(thisYear - 10)));
        assertRefused("password", "password.tooShort", form(unique(), f -> f.setPassword("abc12")));
        assertRefused("password", "password.tooSimple", form(unique(), f -> f.setPassword("abcdefghijk")));
        assertRefused("realName", "input.garbled", form(unique(), f -> f.setRealName("홍\uFFFD동")));
        assertRefused("district", "signup.district.required", form(unique(), f -> f.setDistrictCode("99999")));
        assertRefused(
                "verification",
                "verification.testCode.invalid",
                form(unique(), f -> f.setVerificationEvidence("900101-1234567")));
    }

    /**
     * The boundary refuses what a verifying partner should never have sent (the web layer offers no joining for it
     * either): a person key or a name shaped like a resident number, a missing or overlong part. Nothing is stored.
     */
    @Test
    void aVouchedSignUpRefusesResidentNumbersAndMissingParts() {
        for (PartnerVouching bad : new PartnerVouching[] {
            new PartnerVouching("gov", "https://gov.example", "s-" + unique(), "900101-1234567", "김보증"),
            new PartnerVouching("gov", "https://gov.example", "s-" + unique(), "CI-" + unique(), "김 900101-1234567"),
            new PartnerVouching("gov", "https://gov.example", "s-" + unique(), null, "김보증"),
            new PartnerVouching("gov", "https://gov.example", "s-" + unique(), "k".repeat(256), "김보증")
        }) {
            long before = count("member");
            RuleViolation refused =
                    assertThrows(RuleViolation.class, () -> signUps.signUpVouched(form(unique()), Locale.KOREAN, bad));
            assertTrue(
                    Set.of("signup.partner.refused", "input.residentNumber").contains(refused.messageKey()),
                    refused::messageKey);
            assertEquals(before, count("member"), "a refused sign-up stores no member");
        }
    }

    @Test
    void beanValidationGuardsTheBoundaryToo() {
        long before = count("member");
        for (SignUp bad : new SignUp[] {
            form(unique(), f -> f.setEmail("not-an-email")),
            form(unique(), f -> f.setRealName("")),
            form(unique(), f -> f.setRealName("가".repeat(61))),
            form(unique(), f -> f.setTermsAccepted(false))
        }) {
            Exception e = assertThrows(Exception.class, () -> signUps.signUp(bad, Locale.KOREAN));
            assertTrue(
                    causeChain(e).contains("ConstraintViolation"), () -> "expected a constraint violation, got " + e);
        }
        assertEquals(before, count("member"));
    }

    @Test
    void tamperedAndExpiredConfirmationLinksAreExplained() throws Exception {
        assertEquals(LinkOutcome.INVALID, signUps.confirmEmail("forged-token"));
        assertEquals(LinkOutcome.INVALID, signUps.confirmEmail(null));
        assertEquals(LinkOutcome.INVALID, signUps.confirmEmail("x".repeat(5000)));

        String id = unique();
        signUps.signUp(form(id), Locale.ENGLISH);
        String token =
                token(MailCatcher.awaitMessageTo("m-" + id + "@example.org").body());
        expire(token);
        assertEquals(LinkOutcome.EXPIRED, signUps.confirmEmail(token));
        assertEquals(
                LoginOutcome.EMAIL_UNCONFIRMED,
                logins.authenticate("m-" + id + "@example.org", "correct-horse-7")
                        .outcome());
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String email = confirmedMember();
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    LoginOutcome.INVALID,
                    logins.authenticate(email, "wrong-password-" + i).outcome());
        }
        assertEquals(
                LoginOutcome.LOCKED,
                logins.authenticate(email, "wrong-password-4").outcome());
        assertEquals(
                LoginOutcome.LOCKED,
                logins.authenticate(email, "correct-horse-7").outcome(),
                "even the right password waits");
        assertEquals(
                LoginOutcome.INVALID,
                logins.authenticate("nobody-" + unique() + "@example.org", "whatever-123")
                        .outcome());
    }

    /**
     * 50 wrong passwords at once: every one ends in an outcome (no exception, so no 500), the first five lock the
     * account, its owner gets one mail, and the right password then waits too. Before, they clashed on the member's
     * optimistic lock and only one of them was counted.
     */
    @Test
    @ExactlyOnce
    void fiftySimultaneousWrongPasswordsAreAllCountedAndLockTheAccount() throws Exception {
        String email = confirmedMember();
        List<String> four = Parallel.outcomes(executor, 4, () -> logins.authenticate(email, "wrong-password")
                .outcome()
                .name());
        assertEquals(List.of("INVALID", "INVALID", "INVALID", "INVALID"), four);
        assertEquals(4, failedLogins(email), "each of four simultaneous wrong passwords is counted");

        List<String> burst = Parallel.outcomes(executor, 50, () -> logins.authenticate(email, "wrong-password")
                .outcome()
                .name());
        assertTrue(burst.stream().allMatch(o -> o.equals("INVALID") || o.equals("LOCKED")), burst::toString);
        assertTrue(burst.contains("LOCKED"), burst::toString);
        assertEquals(
                LoginOutcome.LOCKED,
                logins.authenticate(email, "correct-horse-7").outcome());
        var lockMail = MailCatcher.awaitMessagesTo(email, 2, MailCatcher.DEFAULT_TIMEOUT)
                .get(1);
        assertTrue(lockMail.subject().contains("잠겼습니다"), lockMail.subject());
        Thread.sleep(3_500);
        assertEquals(2, MailCatcher.messagesTo(email).size(), "one lock, one mail");
    }

    /** Successful logins at once clear the count without clashing either. */
    @Test
    @ExactlyOnce
    void simultaneousRightPasswordsAllLogIn() throws Exception {
        String email = confirmedMember();
        logins.authenticate(email, "wrong-password");
        List<String> outcomes = Parallel.outcomes(executor, 20, () -> logins.authenticate(email, "correct-horse-7")
                .outcome()
                .name());
        assertEquals(Collections.nCopies(20, "SUCCESS"), outcomes);
        assertEquals(0, failedLogins(email));
    }

    /**
     * One client address gets 20 failed logins per 15 minutes across all accounts, however many arrive at once;
     * beyond that it is refused before any password is checked, even the right one. Other addresses go on.
     */
    @Test
    @ExactlyOnce
    void aBurstFromOneAddressIsThrottledAtTheLimitAndEveryAttemptCounted() throws Exception {
        String address = "198.51.100." + (int) (Math.random() * 250 + 1) + "-" + unique();
        String email = confirmedMember();
        List<String> burst = Parallel.outcomes(
                executor,
                50,
                i -> () -> logins.authenticate(
                                "nobody-" + i + "-" + unique() + "@example.org", "wrong-password", address)
                        .outcome()
                        .name());
        assertEquals(20, Collections.frequency(burst, "INVALID"), burst::toString);
        assertEquals(30, Collections.frequency(burst, "THROTTLED"), burst::toString);
        assertEquals(
                LoginOutcome.THROTTLED,
                logins.authenticate(email, "correct-horse-7", address).outcome());
        assertEquals(
                LoginOutcome.SUCCESS,
                logins.authenticate(email, "correct-horse-7", address + "x").outcome());
    }

    /** Two uses of one link at once: one wins, the other is told the link was used; neither fails. */
    @Test
    @ExactlyOnce
    void simultaneousUsesOfOneLinkSucceedOnce() throws Exception {
        String id = unique();
        signUps.signUp(form(id), Locale.KOREAN);
        String confirm =
                token(MailCatcher.awaitMessageTo("m-" + id + "@example.org").body());
        List<String> confirmed = Parallel.outcomes(
                executor, 20, () -> signUps.confirmEmail(confirm).name());
        assertEquals(1, Collections.frequency(confirmed, "CONFIRMED"), confirmed::toString);
        assertEquals(19, Collections.frequency(confirmed, "USED"), confirmed::toString);

        String email = "m-" + id + "@example.org";
        passwordResets.requestPasswordReset(email);
        String reset = token(MailCatcher.awaitMessagesTo(email, 2, MailCatcher.DEFAULT_TIMEOUT)
                .get(1)
                .body());
        List<String> resets = Parallel.outcomes(executor, 10, () -> {
            passwordResets.resetPassword(reset, "brand-new-pass-9");
            return "reset";
        });
        assertEquals(1, Collections.frequency(resets, "reset"), resets::toString);
        assertEquals(9, Collections.frequency(resets, "reset.link.used"), resets::toString);
    }

    /** Using the newer of two reset links voids the older one; so does following an email-change confirmation. */
    @Test
    void aResetVoidsTheOlderResetLinks() {
        String email = confirmedMember();
        passwordResets.requestPasswordReset(email);
        passwordResets.requestPasswordReset(email);
        var mails = MailCatcher.awaitMessagesTo(email, 3, MailCatcher.DEFAULT_TIMEOUT);
        String older = token(mails.get(1).body());
        String newer = token(mails.get(2).body());
        passwordResets.resetPassword(newer, "brand-new-pass-9");
        assertEquals(LinkOutcome.EXPIRED, passwordResets.checkResetLink(older));
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> passwordResets.resetPassword(older, "other-pass-10"));
        assertEquals("reset.link.expired", refused.messageKey());
        assertEquals(
                LoginOutcome.SUCCESS,
                logins.authenticate(email, "brand-new-pass-9").outcome());
    }

    /** Mails about an account: 5 per address per hour, counted whether or not the address has an account. */
    @Test
    void accountMailsToOneAddressAreLimited() {
        for (String email : List.of(confirmedMember(), "nobody-" + unique() + "@example.org")) {
            // the confirmed member has had its confirmation mail: 4 more go out
            int allowed = email.startsWith("nobody") ? 5 : 4;
            for (int i = 0; i < allowed; i++) {
                passwordResets.requestPasswordReset(email);
            }
            RuleViolation refused = assertThrows(RuleViolation.class, () -> passwordResets.requestPasswordReset(email));
            assertEquals("rate.limited", refused.messageKey());
            assertEquals("email", refused.field());
            assertEquals(
                    "rate.limited",
                    assertThrows(RuleViolation.class, () -> signUps.resendConfirmation(email.toUpperCase(Locale.ROOT)))
                            .messageKey());
        }
    }

    /** The person-key secret and the data folder are the server user's alone. */
    @Test
    void theLocalSecretIsReadableByTheServerUserOnly() throws Exception {
        Path secret = Path.of(System.getProperty("forum.data.dir"), "person-key.secret");
        assertTrue(Files.exists(secret), secret::toString);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
    }

    @Test
    void passwordResetLinkWorksOnceAndNotAfterItExpires() throws Exception {
        String email = confirmedMember();
        passwordResets.requestPasswordReset(email);
        String token = token(MailCatcher.awaitMessagesTo(email, 2, MailCatcher.DEFAULT_TIMEOUT)
                .get(1)
                .body());
        assertEquals(LinkOutcome.CONFIRMED, passwordResets.checkResetLink(token));

        RuleViolation weak = assertThrows(RuleViolation.class, () -> passwordResets.resetPassword(token, "short1"));
        assertEquals("password.tooShort", weak.messageKey());
        assertEquals(
                LinkOutcome.CONFIRMED,
                passwordResets.checkResetLink(token),
                "a refused attempt does not use up the link");

        passwordResets.resetPassword(token, "brand-new-pass-9");
        assertEquals(
                LoginOutcome.SUCCESS,
                logins.authenticate(email, "brand-new-pass-9").outcome());
        assertEquals(
                LoginOutcome.INVALID,
                logins.authenticate(email, "correct-horse-7").outcome());
        assertEquals(LinkOutcome.USED, passwordResets.checkResetLink(token));
        assertThrows(RuleViolation.class, () -> passwordResets.resetPassword(token, "another-pass-10"));

        passwordResets.requestPasswordReset(email);
        String second = token(MailCatcher.awaitMessagesTo(email, 3, MailCatcher.DEFAULT_TIMEOUT)
                .get(2)
                .body());
        expire(second);
        assertEquals(LinkOutcome.EXPIRED, passwordResets.checkResetLink(second));
        RuleViolation expired =
                assertThrows(RuleViolation.class, () -> passwordResets.resetPassword(second, "another-pass-10"));
        assertEquals("reset.link.expired", expired.messageKey());
        assertEquals(
                LoginOutcome.SUCCESS,
                logins.authenticate(email, "brand-new-pass-9").outcome());
    }

    @Test
    void resetForAnUnknownAddressSendsNothing() {
        String email = "nobody-" + unique() + "@example.org";
        passwordResets.requestPasswordReset(email);
        passwordResets.requestPasswordReset(null);
        // the sender runs every 3 s; a mail for this address would have arrived by the time another one does
        String control = confirmedMember();
        assertNotNull(MailCatcher.awaitMessageTo(control));
        assertTrue(MailCatcher.messagesTo(email).isEmpty());
    }

    @Test
    void onlyAHashOfThePersonKeyIsStored() throws Exception {
        String id = unique();
        signUps.signUp(form(id), Locale.KOREAN);
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT person_key_hash FROM member WHERE email = ?")) {
            st.setString(1, "m-" + id + "@example.org");
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                String stored = rs.getString(1);
                assertEquals(64, stored.length());
                assertFalse(stored.toUpperCase(Locale.ROOT).contains(id.toUpperCase(Locale.ROOT)));
            }
        }
    }

    private int failedLogins(String email) {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT failed_logins FROM member WHERE email = ?")) {
            st.setString(1, email);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String confirmedMember() {
        String id = unique();
        signUps.signUp(form(id), Locale.KOREAN);
        String email = "m-" + id + "@example.org";
        assertEquals(
                LinkOutcome.CONFIRMED,
                signUps.confirmEmail(token(MailCatcher.awaitMessageTo(email).body())));
        return email;
    }

    private void assertRefused(String field, String key, SignUp form) {
        long before = count("member");
        long tokens = count("member_token");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> signUps.signUp(form, Locale.KOREAN));
        assertEquals(key, refused.messageKey());
        assertEquals(field, refused.field());
        assertEquals(before, count("member"), "a refused sign-up stores no member");
        assertEquals(tokens, count("member_token"), "and no confirmation link");
    }

    /** Moves a link's expiry into the past: the same as waiting out its lifetime. */
    private void expire(String token) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st =
                        c.prepareStatement("UPDATE member_token SET expires_at = ? WHERE token_hash = ?")) {
            st.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            st.setString(2, Tokens.hash(token));
            assertEquals(1, st.executeUpdate());
        }
    }

    private long count(String table) {
        try (Connection c = ds.getConnection();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String body) {
        Matcher m = TOKEN.matcher(body);
        assertTrue(m.find(), () -> "no link with a token in: " + body);
        return m.group(1);
    }

    private static String causeChain(Throwable e) {
        StringBuilder names = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            names.append(t.getClass().getName()).append(' ');
        }
        return names.toString();
    }
}
