package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.journey.TestPeople.Person;
import org.policyforum.it.journey.WebClient.Form;
import org.policyforum.it.journey.WebClient.HtmlPage;

/**
 * What the forum answers to requests its pages never send: unknown addresses, forged and oversized posts, bytes that
 * are not UTF-8, stale view state, tampered links. Plain HTTP (no browser, no Accept-Language: the pages answer in
 * Korean, the forum's default). Each answer must be one of our friendly pages and must give nothing away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadRequestsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withWebModule(Deployments.forum(), war -> war.addClass(FailingServlet.class));
    }

    @Test
    void unknownAddressesShowTheNotFoundPage() {
        WebClient visitor = new WebClient(base);
        for (String path : List.of("/no-such-page.xhtml", "/no/such/folder", "/account/../nothing.xhtml?x=1")) {
            HtmlPage page = visitor.get(path);
            assertEquals(404, page.status(), path);
            assertEquals(Texts.ko("error.404.title"), page.textOf("main", "h1"), path);
            assertFalse(
                    page.body().contains("Undertow") || page.body().contains("WildFly"), path + " shows the server");
        }
        // the container guards WEB-INF itself (with its own bare 404): what matters is that nothing is served
        for (String path : List.of("/WEB-INF/web.xml", "/WEB-INF/templates/page.xhtml", "/web.xml")) {
            HtmlPage page = visitor.get(path);
            assertEquals(404, page.status(), path);
            assertFalse(page.body().contains("<web-app") || page.body().contains("ui:insert"), path + " was served");
        }
    }

    @Test
    void forgedScriptNonceIsRefusedWithTheBadRequestPageBeforeAnythingIsApplied() {
        Person person = TestPeople.confirmedMember(base, "nonce");
        WebClient visitor = new WebClient(base);
        HtmlPage form = visitor.get("/login");
        Form forged = form.formFields("login")
                .put("primefaces.nonce", "Zm9yZ2VkLW5vbmNl")
                .put("login:email", person.email())
                .put("login:password", person.password())
                .put("login:submit", "");

        HtmlPage answer = visitor.post(form.formAction("login"), forged.encode());

        assertEquals(400, answer.status(), answer::body);
        assertEquals(Texts.ko("error.400.title"), answer.textOf("main", "h1"));
        assertFalse(answer.body().contains("Zm9yZ2VkLW5vbmNl"), "the forged nonce is not rendered back");
        assertFalse(visitor.get("/").hasId("logoutForm:logout"), "the refused post did not log in");
    }

    @Test
    void realErrorShowsAReferenceThatLeadsToTheStackTraceInTheLogOnce() {
        WebClient visitor = new WebClient(base);

        HtmlPage answer = visitor.post(FailingServlet.PATH, "x=1");

        assertEquals(500, answer.status(), answer::body);
        assertEquals(Texts.ko("error.500.title"), answer.textOf("main", "h1"));
        String reference = answer.textOf("errorReference", "span");
        assertTrue(reference.matches("[0-9A-F]{8}"), () -> "reference " + reference);
        // the log has the reference with the exception and its stack trace
        String logged = ServerLog.awaitFrom("Error reference " + reference, Duration.ofSeconds(10), 20_000);
        List<String> lines = Arrays.asList(logged.split("\\R"));
        Matcher exception = Pattern.compile("Error reference " + reference + " at " + Pattern.quote(FailingServlet.PATH)
                        + ": ([\\w.$]+)(?::\\s*(.*))?")
                .matcher(lines.get(0));
        assertTrue(exception.find(), () -> "no exception with the reference:\n" + logged);
        assertTrue(lines.get(0).contains("SEVERE") || lines.get(0).contains("ERROR"), lines.get(0));
        List<String> frames =
                lines.stream().skip(1).takeWhile(l -> l.startsWith("\tat ")).toList();
        assertTrue(frames.size() >= 3, () -> "no stack trace after the reference:\n" + logged);
        // once: neither the container (UT005023) nor OmniFaces logs the same failure again
        String log = ServerLog.read();
        assertEquals(
                1,
                log.split(Pattern.quote(FailingServlet.MESSAGE), -1).length - 1,
                () -> "the failure is logged more than once:\n" + logged);

        // the page shows none of it
        String exceptionClass = exception.group(1);
        String exceptionMessage =
                exception.group(2) == null ? "" : exception.group(2).strip();
        String simpleName = exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
        assertAll(
                "the answer gives nothing away",
                () -> assertFalse(answer.body().contains(simpleName), () -> simpleName + " in\n" + answer.body()),
                () -> assertTrue(
                        exceptionMessage.isEmpty() || !answer.body().contains(exceptionMessage),
                        () -> exceptionMessage + " in\n" + answer.body()),
                () -> assertFalse(answer.body().contains(frames.get(0).strip().substring(3)), answer::body),
                () -> assertFalse(
                        answer.body().contains("\tat ") || answer.body().contains("Caused by"), answer::body));
    }

    @Test
    void oversizedPostIsRefusedWithTheFriendlyPage() {
        WebClient visitor = new WebClient(base);
        HtmlPage form = visitor.get("/signup");
        Form huge = TestPeople.signUpForm(TestPeople.newPerson("huge"))
                .put("signup:realName", "가".repeat(200_000)); // 200,000 x 9 bytes URL-encoded: about 1.7 MiB
        Form body =
                form.formFields("signup").put("primefaces.nonce", form.nonce()).putAll(huge);

        HtmlPage answer = visitor.post(form.formAction("signup"), body.encode());

        assertEquals(413, answer.status());
        assertEquals(Texts.ko("error.400.title"), answer.textOf("main", "h1"));
        assertTrue(answer.body().contains(Texts.ko("error.400.text")), answer::body);
    }

    @Test
    void nameInAnotherEncodingIsRefusedNextToTheFieldAndNothingIsStored() {
        Person person = TestPeople.newPerson("euckr")
                .withTestCode("TEST-EUCKR-" + TestPeople.unique().toUpperCase());
        WebClient visitor = new WebClient(base);
        HtmlPage form = visitor.get("/signup");
        Form garbled = TestPeople.signUpForm(person).putEncoded("signup:realName", "홍길동", Charset.forName("EUC-KR"));

        HtmlPage answer = visitor.submit(form, "signup", "signup:submit", garbled);

        assertEquals(200, answer.status());
        assertFalse(answer.hasId("signupDone"), answer::body);
        assertEquals(Texts.ko("input.garbled"), answer.messageFor("signup:realName"), answer::body);
        assertEquals(List.of(Texts.ko("input.garbled")), answer.fieldMessages());
        assertTrue(answer.isMarkedInvalid("signup:realName"), "aria-invalid on the refused field");

        // nothing was stored: the same address and person code sign up when the name arrives as UTF-8
        TestPeople.signUp(base, person);
    }

    @Test
    void postWithStaleOrForgedViewStateShowsThePageOpenTooLongPage() {
        WebClient visitor = new WebClient(base);
        HtmlPage form = visitor.get("/login");
        WebClient other = new WebClient(base);
        String othersViewState = other.get("/login").viewState();

        for (String viewState : List.of(othersViewState, "-1234567:7654321", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA")) {
            Form post = form.formFields("login")
                    .put("jakarta.faces.ViewState", viewState)
                    .put("primefaces.nonce", form.nonce())
                    .put("login:email", "nobody@example.test")
                    .put("login:password", "Whatever-123")
                    .put("login:submit", "");

            HtmlPage answer = visitor.post(form.formAction("login"), post.encode());

            assertEquals(Texts.ko("error.expired.title"), answer.textOf("main", "h1"), viewState);
            assertFalse(answer.hasId("errorReference"), "an old page is not an error worth a reference");
            assertFalse(answer.body().contains("\tat ") || answer.body().contains("Caused by"), answer::body);
        }
    }

    @Test
    void tamperedConfirmationLinkIsNotValidAndTheRealOneStillWorks() {
        Person person = TestPeople.newPerson("tamper");
        TestPeople.signUp(base, person);
        String link = TestPeople.linkInMail(person.email(), 1, "/confirm");
        Matcher token = Pattern.compile("token=([^&]+)").matcher(link);
        assertTrue(token.find(), link);
        String secret = token.group(1);
        char last = secret.charAt(secret.length() - 1);
        String tampered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
        WebClient visitor = new WebClient(base);

        for (String bad : List.of(tampered, secret.substring(1), "", "x".repeat(500))) {
            HtmlPage answer = visitor.get("/confirm?token=" + bad);
            assertEquals(200, answer.status());
            assertEquals(Texts.ko("confirm.INVALID"), answer.textOf("confirmOutcome", "p"), bad);
        }
        assertEquals(Texts.ko("confirm.CONFIRMED"), visitor.get(link).textOf("confirmOutcome", "p"));
        assertEquals(Texts.ko("confirm.USED"), visitor.get(link).textOf("confirmOutcome", "p"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        WebClient visitor = new WebClient(base);
        HtmlPage signUp = visitor.get("/signup");
        HtmlPage notFound = visitor.get("/no-such-page.xhtml");
        HtmlPage expired = visitor.post(
                signUp.formAction("signup"),
                signUp.formFields("signup")
                        .put("jakarta.faces.ViewState", "-1:1")
                        .encode());
        HtmlPage refused = visitor.post(
                signUp.formAction("signup"),
                visitor.get("/signup")
                        .formFields("signup")
                        .put("primefaces.nonce", "bm9wZQ")
                        .encode());
        HtmlPage failed = visitor.post(FailingServlet.PATH, "x=1");
        HtmlPage tooLarge = visitor.post("/signup", new byte[(int) (1.5 * 1024 * 1024)]);
        HtmlPage refusedField = visitor.submit(visitor.get("/signup"), "signup", "signup:submit", new Form());
        assertEquals(
                List.of(400, 500, 413),
                List.of(refused.status(), failed.status(), tooLarge.status()),
                "the error answers tested");
        assertFalse(refusedField.fieldMessages().isEmpty(), "the refused form tested");

        for (HtmlPage page :
                List.of(visitor.get("/"), signUp, notFound, expired, refused, failed, tooLarge, refusedField)) {
            String policy = String.join("; ", page.header("Content-Security-Policy"));
            assertAll(
                    page.toString(),
                    () -> assertTrue(policy.contains("object-src 'none'"), policy),
                    () -> assertTrue(
                            policy.contains("frame-ancestors 'self'") || policy.contains("frame-ancestors 'none'"),
                            policy),
                    () -> assertFalse(
                            directive(policy, "script-src").contains("'unsafe-inline'"),
                            () -> "inline scripts allowed: " + policy),
                    () -> assertFalse(
                            directive(policy, "script-src").contains("'unsafe-eval'"), () -> "eval allowed: " + policy),
                    () -> assertEquals(List.of("nosniff"), page.header("X-Content-Type-Options")),
                    () -> assertTrue(
                            List.of(List.of("DENY"), List.of("SAMEORIGIN")).contains(page.header("X-Frame-Options")),
                            () -> "X-Frame-Options " + page.header("X-Frame-Options")),
                    () -> assertEquals(List.of("strict-origin-when-cross-origin"), page.header("Referrer-Policy")));
        }
        // Scripts: only with the page's nonce, also on the page that refuses a post with a forged one
        for (HtmlPage page :
                List.of(visitor.get("/"), signUp, notFound, expired, refused, failed, tooLarge, refusedField)) {
            String scripts = directive(String.join("; ", page.header("Content-Security-Policy")), "script-src");
            assertTrue(scripts.contains("'nonce-" + page.nonce() + "'"), () -> page + ": script-src " + scripts);
        }
        assertFalse(visitor.get("/signup").nonce().equals(signUp.nonce()), "a nonce is used once");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
        WebClient visitor = new WebClient(base);
        HtmlPage login = visitor.get("/login?lang=en");
        List<String> cookies = login.header("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        String language = cookies.stream()
                .filter(c -> c.startsWith("forum_lang="))
                .findFirst()
                .orElse("");
        assertAll(
                cookies.toString(),
                () -> assertTrue(session.contains("HttpOnly"), session),
                () -> assertTrue(session.toLowerCase().contains("samesite=lax"), session),
                () -> assertFalse(session.contains("Secure"), "FORUM_BASE_URL is http here: " + session),
                () -> assertTrue(language.toLowerCase().contains("samesite=lax"), language),
                () -> assertFalse(language.contains("Secure"), language));
        assertTrue(login.header("Strict-Transport-Security").isEmpty(), "no HSTS for an http site");
    }

    /**
     * A password change ends the member's other sessions (not the one that changed it); a reset by mail ends them all
     * and voids the older reset link; a closure ends the rest. An ended session gets the login page, never an error.
     */
    @Test
    void aPasswordChangeAResetOrAClosureEndsTheOtherSessions() {
        Person person = TestPeople.confirmedMember(base, "sessions");
        WebClient changer = TestPeople.loggedIn(base, person);
        WebClient other = TestPeople.loggedIn(base, person);
        String second = TestPeople.strongPassword();
        HtmlPage changed = changer.submit(
                changer.get("/account"),
                "password",
                "password:save",
                new Form().put("password:currentPassword", person.password()).put("password:newPassword", second));
        assertTrue(changed.body().contains(Texts.ko("account.password.changed")), changed::body);
        assertEquals("/account", changer.get("/account").path(), "the changer stays in");
        assertEnded(other.get("/account"));

        // two reset links; the newer one is used: the older one and every session (also the changer's) are over
        WebClient stranger = new WebClient(base);
        for (int i = 0; i < 2; i++) {
            HtmlPage sent = stranger.submit(
                    stranger.get("/password-forgot"),
                    "forgot",
                    "forgot:submit",
                    new Form().put("forgot:email", person.email()));
            assertTrue(sent.hasId("forgotSent"), sent::body);
        }
        String older = TestPeople.linkInMail(person.email(), 2, "/password-reset");
        String newer = TestPeople.linkInMail(person.email(), 3, "/password-reset");
        WebClient stillIn = TestPeople.loggedIn(base, person.withPassword(second));
        String third = TestPeople.strongPassword();
        HtmlPage reset =
                stranger.submit(stranger.get(newer), "reset", "reset:submit", new Form().put("reset:password", third));
        assertTrue(reset.hasId("resetDone"), reset::body);
        // the refusal says why and offers the way to a new link
        assertEquals(
                Texts.ko("reset.link.expired") + " " + Texts.ko("login.forgot"),
                stranger.get(older).textOf("resetLinkState", "p").strip().replaceAll("\\s+", " "));
        assertEnded(stillIn.get("/account"));
        assertEnded(changer.get("/account"));

        // a closure ends the member's other sessions too; what they then open is the login page or a public page
        Person latest = person.withPassword(third);
        WebClient closer = TestPeople.loggedIn(base, latest);
        WebClient left = TestPeople.loggedIn(base, latest);
        HtmlPage closed = closer.submit(
                closer.get("/account"),
                "close",
                "close:submit",
                new Form().put("close:closePassword", third).put("close:closeConfirmed", "on"));
        assertEquals(200, closed.status(), closed::body);
        assertEnded(left.get("/account"));
        HtmlPage home = left.get("/");
        assertEquals(200, home.status());
        assertFalse(home.hasId("logoutForm:logout"), "nobody is logged in any more");
    }

    private static void assertEnded(HtmlPage page) {
        assertEquals(200, page.status(), page::body);
        assertEquals("/login", page.path(), () -> page.uri() + "\n" + page.body());
        assertTrue(page.body().contains(Texts.ko("login.sessionEnded")), page::body);
        assertFalse(page.hasId("logoutForm:logout"), "logged out");
    }

    /** The value of one directive of a Content-Security-Policy (or empty). */
    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split("[;,]"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElse("");
    }
}
