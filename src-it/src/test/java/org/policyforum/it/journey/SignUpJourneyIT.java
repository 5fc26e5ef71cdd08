package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * A citizen's way in and around their account, in Chromium: sign up, confirm the address from the mail that reached
 * the SMTP catcher, log in, change mail consent, password and address, download their data, log out; forget the
 * password and reset it. And what the sign-up page says when it refuses. Chromium asks for English (en-US), so the
 * pages answer in English; the texts are taken from the EAR's bundles ({@link Texts}).
 */
class SignUpJourneyIT extends Journey {

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void citizenSignsUpConfirmsLogsInLooksAfterTheAccountAndLogsOut() throws IOException {
        Person person = TestPeople.newPerson("journey");

        // a visitor arrives and signs up
        pages.openChecked("/");
        assertTrue(pages.isShown("loginLink") && !pages.isShown("accountLink"), "a visitor's header");
        fitsAPhone("/");
        fitsAPhone("/signup");
        pages.open("/").submit("signupLink");
        assertEquals("/signup", pages.path());
        pages.assertAccessible();
        fillSignUp(person, TestPeople.BIRTH_YEAR);
        pages.submit("signup:submit");
        assertTrue(pages.text("signupDone").contains(person.email()), () -> pages.text("main"));
        pages.assertAccessible();

        // the confirmation mail reaches the catcher; its link confirms the address
        String confirmLink = TestPeople.linkInMail(person.email(), 1, "/confirm");
        pages.openChecked(confirmLink);
        assertTrue(pages.text("confirmOutcome").startsWith(Texts.en("confirm.CONFIRMED")), pages.text("main"));

        // log in: the session id changes, the one from before the login is worth nothing
        pages.openChecked("/login");
        fitsAPhone("/login");
        String sessionBefore = pages.cookie("JSESSIONID");
        assertNotNull(sessionBefore, "the login page has a session (its view state lives there)");
        pages.logIn(person.email(), person.password());
        String sessionAfter = pages.cookie("JSESSIONID");
        assertNotEquals(sessionBefore, sessionAfter, "the session id must change at login");
        pages.assertAccessible();
        assertEquals("/account", withSession(sessionAfter).get("/account").path(), "the new session is logged in");
        assertEquals(
                "/login",
                withSession(sessionBefore).get("/account").path(),
                "the session from before the login must not be logged in");

        // the account page
        pages.submit("accountLink");
        assertEquals("/account", pages.path());
        pages.assertAccessible();
        fitsAPhone("/account");
        assertEquals(person.email(), pages.text("profileEmail"));
        assertEquals(person.realName(), pages.text("profileName"));

        // mail consent: signed up without, now wants the monthly mail
        assertFalse(pages.element("mail:mailOptIn").isSelected());
        pages.check("mail:mailOptIn", true).submit("mail:save");
        assertTrue(pages.globalMessages().contains(Texts.en("account.mail.on")), pages.globalMessages());
        pages.assertAccessible();
        pages.open("/account");
        assertTrue(pages.element("mail:mailOptIn").isSelected(), "the consent was kept");
        // the daily digest of followed topics has its own box, on until the member says otherwise
        assertTrue(pages.element("mail:followDigest").isSelected(), "following a topic asks for its digest by default");
        assertTrue(pages.isShown("follows:noFollows"), "nothing followed yet");
        pages.check("mail:followDigest", false).submit("mail:save");
        assertTrue(pages.globalMessages().contains(Texts.en("account.digest.off")), pages.globalMessages());
        pages.open("/account");
        assertFalse(pages.element("mail:followDigest").isSelected(), "the digest stays off");
        assertTrue(pages.element("mail:mailOptIn").isSelected(), "and the monthly mail on");

        // password: a wrong current password is refused next to that field, the right one works
        String newPassword = TestPeople.strongPassword();
        pages.type("password:currentPassword", "Not-the-password-1")
                .type("password:newPassword", newPassword)
                .submit("password:save");
        assertEquals(Texts.en("account.password.wrong"), pages.messageFor("password:currentPassword"));
        pages.assertAccessible();
        pages.type("password:currentPassword", person.password())
                .type("password:newPassword", newPassword)
                .submit("password:save");
        assertTrue(pages.globalMessages().contains(Texts.en("account.password.changed")), pages.globalMessages());

        // address: changes only once the link sent to the new address is followed
        String newEmail = TestPeople.email("journey-moved");
        pages.type("email:newEmail", newEmail)
                .type("email:currentPassword", newPassword)
                .submit("email:save");
        assertTrue(pages.globalMessages().contains(Texts.en("account.email.sent", newEmail)), pages.globalMessages());
        assertEquals(person.email(), pages.text("profileEmail"), "not before the new address is confirmed");
        pages.assertAccessible();
        pages.openChecked(TestPeople.linkInMail(newEmail, 1, "/confirm"));
        assertTrue(pages.text("confirmOutcome").startsWith(Texts.en("confirm.CONFIRMED")), pages.text("main"));
        pages.openChecked("/account");
        assertEquals(newEmail, pages.text("profileEmail"));

        // the member's own data, as the JSON file the download button gives
        String json = downloadMyData();
        assertAll(
                () -> assertTrue(json.strip().startsWith("{") && json.strip().endsWith("}"), json),
                () -> assertTrue(json.contains("\"email\":\"" + newEmail + "\""), json),
                () -> assertTrue(json.contains("\"realName\":\"" + person.realName() + "\""), json),
                () -> assertTrue(json.contains("\"monthlyTopicMail\":true"), json),
                () -> assertTrue(json.contains("\"followDigestMail\":false"), json),
                () -> assertFalse(
                        json.contains(person.testCode()), "the verification evidence is never kept: " + json));

        // log out: the header offers the login again, the account page asks for it
        pages.logOut();
        assertEquals("/", pages.path());
        assertTrue(pages.isShown("loginLink") && !pages.isShown("accountLink"), "a visitor's header again");
        pages.assertAccessible();
        pages.open("/account");
        assertEquals("/login", pages.path(), "the account page needs a login");

        // the old address is gone, the new address with the new password works
        pages.tryLogIn(person.email(), newPassword);
        assertFalse(pages.isShown("accountLink"));
        assertTrue(pages.globalMessages().contains(Texts.en("login.invalid")), pages.globalMessages());
        // a refused login leaves nothing half-done in the session: the account page still asks for the login
        pages.open("/account");
        assertEquals("/login", pages.path(), "after a refused login the account page sends to the login page");
        assertTrue(pages.isShown("login:email"), "and shows the login form, not an empty page");
        pages.logIn(newEmail, newPassword).logOut();
        assertTrue(pages.isShown("loginLink"));
    }

    @Test
    void emptySignUpFormShowsAMessageNextToEveryRequiredField() {
        pages.openChecked("/signup").submit("signup:submit");

        assertEquals("/signup", pages.path());
        assertFalse(pages.isShown("signupDone"), "nothing was signed up");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("signup:realName", "signup.realName.required");
        expected.put("signup:verification", "signup.verification.required");
        expected.put("signup:email", "signup.email.required");
        expected.put("signup:password", "signup.password.required");
        expected.put("signup:district", "signup.district.required");
        expected.put("signup:birthYear", "signup.birthYear.required");
        expected.put("signup:termsAccepted", "signup.terms.required");
        assertAll(expected.entrySet().stream()
                .map(e -> () -> assertEquals(Texts.en(e.getValue()), pages.messageFor(e.getKey()), e.getKey())));
        assertEquals(expected.size(), pages.fieldMessages().size(), pages.fieldMessages()::toString);
        assertEquals("", pages.messageFor("signup:mailOptIn"), "the monthly mail is optional");
        pages.assertAccessible();
    }

    @Test
    void refusedSignUpsSayWhyNextToTheRightField() {
        Person taken = TestPeople.newPerson("taken");
        TestPeople.signUp(base, taken);

        Person weak = TestPeople.newPerson("weak").withPassword("short-1");
        record Refusal(String what, Person person, int birthYear, String field, String text) {}
        List<Refusal> refusals = List.of(
                new Refusal(
                        "year of birth in the future",
                        TestPeople.newPerson("future"),
                        TestPeople.futureYear(),
                        "signup:birthYear",
                        Texts.en("signup.birthYear.future")),
                new Refusal(
                        "weak password", weak, TestPeople.BIRTH_YEAR, "signup:password", Texts.en("password.tooShort")),
                new Refusal(
                        "digits as test person code",
                        TestPeople.newPerson("digits").withTestCode("12345678"),
                        TestPeople.BIRTH_YEAR,
                        "signup:verification",
                        Texts.en("verification.testCode.invalid")),
                new Refusal(
                        "person with an account",
                        TestPeople.newPerson("dup-person").withTestCode(taken.testCode()),
                        TestPeople.BIRTH_YEAR,
                        "signup:verification",
                        Texts.en("signup.person.duplicate")));
        for (Refusal refusal : refusals) {
            pages.open("/signup");
            fillSignUp(refusal.person(), refusal.birthYear());
            pages.submit("signup:submit");
            assertFalse(pages.isShown("signupDone"), refusal.what() + " was signed up");
            assertEquals(refusal.text(), pages.messageFor(refusal.field()), refusal.what());
            assertEquals(
                    "true",
                    pages.element(refusal.field()).getAttribute("aria-invalid"),
                    refusal.what() + ": the refused field is marked invalid");
            assertEquals(1, pages.fieldMessages().size(), refusal.what() + ": " + pages.fieldMessages());
        }
        pages.assertAccessible();

        // an address in use is not refused: the page answers as for a new account, so that sign-up tells nobody
        // who is a member; the owner (here unconfirmed still) gets a fresh confirmation link instead
        pages.open("/signup");
        fillSignUp(TestPeople.newPerson("dup-mail").withEmail(taken.email()), TestPeople.BIRTH_YEAR);
        pages.submit("signup:submit");
        assertTrue(pages.isShown("signupDone"), () -> pages.fieldMessages().toString());
        assertTrue(
                TestPeople.linkInMail(taken.email(), 2, "/confirm").contains("/confirm"),
                "the address's owner is told by mail");

        // a malformed address is caught by the browser already (type=email); the server says so too
        pages.open("/signup");
        fillSignUp(TestPeople.newPerson("malformed").withEmail("not-an-email"), TestPeople.BIRTH_YEAR);
        assertEquals(
                Boolean.FALSE,
                pages.driver().executeScript("return document.getElementById('signup:email').validity.valid"),
                "the browser checks the address");
        pages.driver().executeScript("document.getElementById('signup').noValidate = true");
        pages.submit("signup:submit");
        assertEquals(Texts.en("signup.email.invalid"), pages.messageFor("signup:email"));
        assertEquals(1, pages.fieldMessages().size(), pages.fieldMessages()::toString);

        // the refusals stored nothing: the same address and person code sign up once the password is good
        pages.open("/signup");
        fillSignUp(weak.withPassword(TestPeople.strongPassword()), TestPeople.BIRTH_YEAR);
        pages.submit("signup:submit");
        assertTrue(pages.isShown("signupDone"), () -> pages.fieldMessages().toString());
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLinkOnce() {
        Person person = TestPeople.confirmedMember(base, "reset");
        String newPassword = TestPeople.strongPassword();

        pages.openChecked("/login").submit("login:forgotLink");
        assertEquals("/password-forgot", pages.path());
        pages.assertAccessible();
        pages.type("forgot:email", person.email()).submit("forgot:submit");
        assertEquals(Texts.en("forgot.sent"), pages.text("forgotSent"));
        pages.assertAccessible();

        // mail 1 was the confirmation, mail 2 the reset link
        String resetLink = TestPeople.linkInMail(person.email(), 2, "/password-reset");
        pages.openChecked(resetLink);
        pages.type("reset:password", "short-1").submit("reset:submit");
        assertEquals(Texts.en("password.tooShort"), pages.messageFor("reset:password"));
        pages.type("reset:password", newPassword).submit("reset:submit");
        assertTrue(pages.text("resetDone").startsWith(Texts.en("reset.done")), pages.text("main"));
        pages.assertAccessible();

        pages.tryLogIn(person.email(), person.password());
        assertFalse(pages.isShown("accountLink"), "the old password must not work any more");
        assertTrue(pages.globalMessages().contains(Texts.en("login.invalid")), pages.globalMessages());
        pages.logIn(person.email(), newPassword).logOut();

        pages.openChecked(resetLink);
        assertTrue(pages.text("resetLinkState").startsWith(Texts.en("reset.link.used")), pages.text("main"));
        assertFalse(pages.isShown("reset:password"), "a used link offers no form");
    }

    private void fillSignUp(Person person, int birthYear) {
        pages.type("signup:realName", person.realName())
                .type("signup:verification", person.testCode())
                .type("signup:email", person.email())
                .type("signup:password", person.password())
                .select("signup:district", TestPeople.DISTRICT)
                .type("signup:birthYear", String.valueOf(birthYear))
                .check("signup:termsAccepted", true);
    }

    private void fitsAPhone(String path) {
        browser.phone();
        try {
            pages.open(path);
            browser.assertFitsThePhone();
        } finally {
            browser.desktop();
        }
    }

    /** A plain HTTP visitor holding {@code sessionId}, to see what that session may open. */
    private WebClient withSession(String sessionId) {
        WebClient client = new WebClient(base);
        client.setCookie("JSESSIONID", sessionId);
        return client;
    }

    /** Presses "download" on the account page and reads the file Chromium saved. */
    private String downloadMyData() throws IOException {
        Path folder = Files.createTempDirectory("it-download-");
        try {
            pages.driver()
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of("behavior", "allow", "downloadPath", folder.toString()));
            pages.element("data:download").click();
            Path file = folder.resolve("policy-forum-my-data.json");
            pages.await(d ->
                    Files.isRegularFile(file) && !Files.exists(folder.resolve(file.getFileName() + ".crdownload")));
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(folder);
        }
    }
}
