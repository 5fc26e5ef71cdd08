package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.Deployments;
import org.policyforum.it.ExactlyOnce;
import org.policyforum.it.journey.TestPeople.Person;
import org.policyforum.it.journey.WebClient.Form;
import org.policyforum.it.journey.WebClient.HtmlPage;

/**
 * Login through a partner's OpenID Connect provider, over HTTP against a real provider (mock-oauth2-server) that this
 * test JVM starts on {@code it.oidc.port}; the server knows it as partner login "partner" (src-it/pom.xml). First
 * login and linking, second login, revoking, and the refusals: forged and replayed state, the provider's error, a
 * token from the wrong issuer or expired, an unknown provider. Exactly-once: two first logins of one partner account
 * at once make one link; twenty joins of one person vouched for by the verifying partner make one account.
 */
@ExactlyOnce
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerLoginIT {

    static final String ISSUER_ID = "partner";
    private static final Pattern REVOKE = Pattern.compile("id=\"(partnerLinks:links:\\d+:revoke)\"");

    static MockOAuth2Server provider;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.forum();
    }

    @BeforeAll
    static void startProvider() throws IOException {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.oidc.port", 4180));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    /** The provider's next token names {@code subject}. */
    static void nextToken(String subject) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject));
    }

    static String subject() {
        return "partner-user-" + TestPeople.unique();
    }

    /** A visitor who pressed "log in with the partner": where the forum sent them in the end. */
    static HtmlPage partnerLogin(WebClient visitor, String subject) {
        nextToken(subject);
        return visitor.get("/login/partner/" + ISSUER_ID);
    }

    /** The password login on the page that asks to link the partner account. */
    static HtmlPage linkWithPassword(WebClient visitor, HtmlPage loginPage, Person person) {
        return visitor.submit(
                loginPage,
                "login",
                "login:submit",
                new Form().put("login:email", person.email()).put("login:password", person.password()));
    }

    static List<String> revokeButtons(HtmlPage account) {
        Matcher m = REVOKE.matcher(account.body());
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void firstLoginLinksWithThePasswordOnceThenThePartnerLogsInStraightAndARevokedLinkAsksAgain() {
        Person member = TestPeople.confirmedMember(base, "partner");
        String subject = subject();

        WebClient first = new WebClient(base);
        HtmlPage login = first.get("/login");
        assertTrue(login.hasId("partner-partner"), "the login page offers the partner: " + login.body());
        HtmlPage asked = partnerLogin(first, subject);
        assertEquals(200, asked.status(), asked::body);
        assertEquals("/login", asked.path(), "an unlinked partner account is asked for the password");
        assertTrue(asked.hasId("linkingText"), asked::body);
        assertFalse(asked.hasId("logoutForm:logout"), "not logged in before the password");
        HtmlPage in = linkWithPassword(first, asked, member);
        assertTrue(in.hasId("logoutForm:logout"), () -> "the password login linked and logged in: " + in.body());
        HtmlPage account = first.get("/account");
        assertEquals(1, revokeButtons(account).size(), account::body);

        // the second login with the same partner account: straight in, no password
        WebClient second = new WebClient(base);
        HtmlPage straight = partnerLogin(second, subject);
        assertEquals("/", straight.path(), straight::body);
        assertTrue(straight.hasId("logoutForm:logout"), straight::body);
        assertEquals("/account", second.get("/account").path());

        // revoked on the account page: the next partner login asks to link again
        HtmlPage revoked = second.submit(
                account(second), "partnerLinks", revokeButtons(account(second)).get(0), new Form());
        assertTrue(revoked.body().contains(Texts.ko("account.partner.revoked")), revoked::body);
        assertEquals(List.of(), revokeButtons(second.get("/account")));
        HtmlPage again = partnerLogin(new WebClient(base), subject);
        assertEquals("/login", again.path(), again::body);
        assertTrue(again.hasId("linkingText"), again::body);
    }

    /**
     * Partner login "gov" is configured as an identity verifier (its person key in the claim "ci"): a person it
     * vouches for and the forum does not know may join with its verification (no evidence asked, the partner's real
     * name), the partner account is linked with the new member, and its next login logs them straight in. One person
     * gets one account: the same person key through another account of the partner is refused.
     */
    @Test
    void aVerifyingPartnersNewPersonJoinsWithItsWordAndOnePersonGetsOneAccount() {
        String ci = "CI-" + TestPeople.unique() + "-" + TestPeople.unique();
        String subject = subject();
        WebClient visitor = new WebClient(base);
        HtmlPage asked = verifierLogin(visitor, subject, ci, "김보증");
        assertEquals("/login", asked.path(), asked::body);
        assertTrue(asked.hasId("linking:joinLink"), () -> "joining is offered: " + asked.body());

        HtmlPage form = visitor.get("/signup");
        assertTrue(form.hasId("signup:vouched"), form::body);
        assertFalse(form.hasId("signup:verification"), "no evidence is asked when the partner vouched");
        assertFalse(form.hasId("signup:realName"), "the name is the partner's, not typed");
        assertTrue(form.body().contains("김보증"), form::body);
        Person person = TestPeople.newPerson("vouched");
        HtmlPage done = visitor.submit(form, "signup", "signup:submit", vouchedSignUp(person));
        assertTrue(done.hasId("signupDone"), () -> done.fieldMessages() + "\n" + done.body());
        TestPeople.confirm(base, person);

        HtmlPage in = verifierLogin(new WebClient(base), subject, ci, "김보증");
        assertEquals("/", in.path(), in::body);
        assertTrue(in.hasId("logoutForm:logout"), in::body);
        WebClient byPassword = TestPeople.loggedIn(base, person);
        assertTrue(byPassword.get("/account").body().contains("김보증"), "the member's name is the verified one");

        // the same person through another account of the partner: one person, one account
        WebClient again = new WebClient(base);
        verifierLogin(again, subject(), ci, "김보증");
        HtmlPage refused = again.submit(
                again.get("/signup"), "signup", "signup:submit", vouchedSignUp(TestPeople.newPerson("twice")));
        assertFalse(refused.hasId("signupDone"), refused::body);
        assertTrue(refused.body().contains(Texts.ko("signup.person.duplicate")), refused::body);
    }

    /**
     * A partner that verifies nobody offers no joining; a verifying partner whose token lacks the person claim offers
     * none either, nor one whose person key or name is shaped like a resident registration number or too long;
     * markup in a vouched name is shown as text.
     */
    @Test
    void joiningIsOfferedOnlyForAVerifiersUsablePersonKey() {
        HtmlPage plain = partnerLogin(new WebClient(base), subject());
        assertTrue(plain.hasId("linkingText"), plain::body);
        assertFalse(plain.hasId("linking:joinLink"), "a partner that is no verifier offers no joining");

        WebClient withoutClaim = new WebClient(base);
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(VERIFIER_ID, subject(), "JWT", null, Map.of("name", "김무증"), 3600));
        HtmlPage noKey = withoutClaim.get("/login/partner/" + VERIFIER_ID);
        assertTrue(noKey.hasId("linkingText"), noKey::body);
        assertFalse(noKey.hasId("linking:joinLink"), "no person key in the token: linking only");
        assertFalse(withoutClaim.get("/signup").hasId("signup:vouched"), "and the ordinary sign-up form");

        // a key or a name shaped like a resident number, or a name longer than a member's: linking only, and
        // nothing of it kept in the session for a later form
        for (String[] claims : new String[][] {
            {"900101-1234567", "김주민"},
            {"CI-" + TestPeople.unique(), "김 900101-1234567"},
            {"CI-" + TestPeople.unique(), "김".repeat(20_000)}
        }) {
            WebClient refused = new WebClient(base);
            HtmlPage asked = verifierLogin(refused, subject(), claims[0], claims[1]);
            assertTrue(asked.hasId("linkingText"), asked::body);
            assertFalse(asked.hasId("linking:joinLink"), "no joining for " + claims[1].length() + " chars");
            HtmlPage form = refused.get("/signup");
            assertFalse(form.hasId("signup:vouched"), form::body);
            assertFalse(form.body().contains("900101"), "the number is not echoed");
        }

        // markup in the partner's name is shown as text
        WebClient marked = new WebClient(base);
        verifierLogin(marked, subject(), "CI-" + TestPeople.unique(), "<script>alert(1)</script>");
        HtmlPage form = marked.get("/signup");
        assertTrue(form.hasId("signup:vouched"), form::body);
        assertFalse(form.body().contains("<script>alert(1)"), form::body);
        assertTrue(form.body().contains("&lt;script&gt;alert(1)"), form::body);
    }

    static final String VERIFIER_ID = "gov";

    /** A login through the verifying partner whose token names {@code subject} and vouches with these claims. */
    private static HtmlPage verifierLogin(WebClient visitor, String subject, String ci, String name) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                VERIFIER_ID, subject, "JWT", null, Map.of("ci", ci, "name", name), 3600));
        return visitor.get("/login/partner/" + VERIFIER_ID);
    }

    /** The sign-up form of a vouched person: everything but the name and the evidence. */
    private static Form vouchedSignUp(Person person) {
        return new Form()
                .put("signup:email", person.email())
                .put("signup:password", person.password())
                .put("signup:district", TestPeople.DISTRICT)
                .put("signup:birthYear", String.valueOf(TestPeople.BIRTH_YEAR))
                .put("signup:termsAccepted", "on");
    }

    private static HtmlPage account(WebClient visitor) {
        return visitor.get("/account");
    }

    @Test
    void forgedReplayedAndRefusedCallbacksAreAPageWithA4xxAndLogNobodyIn() throws Exception {
        // a callback whose state this browser never started
        HtmlPage forged = new WebClient(base).get("/login/partner/callback?state=forged-state&code=any-code");
        assertEquals(400, forged.status(), forged::body);
        assertTrue(forged.body().contains(Texts.ko("partnerLogin.refused.state")), forged::body);
        HtmlPage noState = new WebClient(base).get("/login/partner/callback?code=any-code");
        assertEquals(400, noState.status(), noState::body);

        // the same callback twice: the second finds its state used
        Steps steps = new Steps();
        nextToken(subject());
        URI callback = steps.toCallback();
        assertEquals(303, steps.get(callback).statusCode());
        HttpResponse<String> replayed = steps.get(callback);
        assertEquals(400, replayed.statusCode(), replayed::body);
        assertTrue(replayed.body().contains(Texts.ko("partnerLogin.refused.state")), replayed::body);

        // the provider says no (the person cancelled there)
        Steps cancelled = new Steps();
        String state = cancelled.startState();
        HttpResponse<String> error = cancelled.get(
                URI.create(base.toURI().resolve("/") + "login/partner/callback?error=access_denied&state=" + state));
        assertEquals(400, error.statusCode(), error::body);
        assertTrue(error.body().contains(Texts.ko("partnerLogin.refused.provider")), error::body);

        // an unknown provider
        assertEquals(404, new WebClient(base).get("/login/partner/nobody").status());
    }

    @Test
    void aTokenFromTheWrongIssuerOrExpiredIsRefused() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID, subject(), "JWT", null, Map.of("iss", "http://127.0.0.1:1/elsewhere"), 3600));
        WebClient visitor = new WebClient(base);
        HtmlPage wrongIssuer = visitor.get("/login/partner/" + ISSUER_ID);
        assertEquals(400, wrongIssuer.status(), wrongIssuer::body);
        assertTrue(wrongIssuer.body().contains(Texts.ko("partnerLogin.refused.token")), wrongIssuer::body);
        assertEquals("/login", visitor.get("/account").path(), "nobody is logged in");

        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject(), "JWT", null, Map.of(), -3600));
        HtmlPage expired = new WebClient(base).get("/login/partner/" + ISSUER_ID);
        assertEquals(400, expired.status(), expired::body);
        assertTrue(expired.body().contains(Texts.ko("partnerLogin.refused.token")), expired::body);
    }

    /**
     * The member's file lists the partner account; closing the account unlinks it: the partner account is asked to
     * link again, and the closed account's password links nothing and logs nobody in.
     */
    @Test
    void theFileListsTheLinkAndClosingTheAccountUnlinksIt() {
        Person member = TestPeople.confirmedMember(base, "partner-closed");
        String subject = subject();
        WebClient visitor = new WebClient(base);
        HtmlPage in = linkWithPassword(visitor, partnerLogin(visitor, subject), member);
        assertTrue(in.hasId("logoutForm:logout"), in::body);
        HtmlPage file = visitor.submit(account(visitor), "data", "data:download", new Form());
        assertEquals(200, file.status(), file::body);
        // this client JVM has no JSON library: the file's compact JSON is read as text
        String partners = file.body().replaceAll("(?s).*\"partnerLogins\":\\[(.*?)].*", "$1");
        assertTrue(partners.contains("\"subject\":\"" + subject + "\""), file::body);
        assertTrue(partners.contains("\"provider\":\"" + ISSUER_ID + "\""), file::body);
        assertEquals(1, partners.split("\"subject\"", -1).length - 1, file::body);

        HtmlPage closed = visitor.submit(
                account(visitor),
                "close",
                "close:submit",
                new Form().put("close:closePassword", member.password()).put("close:closeConfirmed", "on"));
        assertFalse(closed.hasId("logoutForm:logout"), closed::body);

        WebClient again = new WebClient(base);
        HtmlPage asked = partnerLogin(again, subject);
        assertEquals("/login", asked.path(), "the link went with the account: " + asked.body());
        assertTrue(asked.hasId("linkingText"), asked::body);
        HtmlPage refused = linkWithPassword(again, asked, member);
        assertFalse(refused.hasId("logoutForm:logout"), refused::body);
        // and the refused browser is an anonymous visitor: the account page sends it to the login page
        HtmlPage account = again.get("/account");
        assertEquals(200, account.status(), account::body);
        assertEquals("/login", account.path(), account::body);
        assertFalse(account.hasId("logoutForm:logout"), account::body);
    }

    /** Eight first logins of one partner account, their password logins at once: one link, all logged in. */
    @Test
    void simultaneousFirstLoginsOfOnePartnerAccountMakeOneLink() throws Exception {
        Person member = TestPeople.confirmedMember(base, "partner-race");
        String subject = subject();
        int visitors = 8;
        List<WebClient> clients = new ArrayList<>();
        List<HtmlPage> asked = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            WebClient visitor = new WebClient(base);
            HtmlPage page = partnerLogin(visitor, subject);
            assertTrue(page.hasId("linkingText"), page::body);
            clients.add(visitor);
            asked.add(page);
        }
        ExecutorService executor = Executors.newFixedThreadPool(visitors);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HtmlPage>> answers = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                int n = i;
                Callable<HtmlPage> attempt = () -> {
                    start.await();
                    return linkWithPassword(clients.get(n), asked.get(n), member);
                };
                answers.add(executor.submit(attempt));
            }
            start.countDown();
            for (Future<HtmlPage> answer : answers) {
                HtmlPage page = answer.get();
                assertTrue(page.hasId("logoutForm:logout"), page::body);
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, revokeButtons(clients.get(0).get("/account")).size(), "one link");
        HtmlPage straight = partnerLogin(new WebClient(base), subject);
        assertTrue(straight.hasId("logoutForm:logout"), straight::body);
    }

    /**
     * Twenty accounts of the verifying partner vouch for one person, and all twenty sign-up forms are sent at once:
     * the database's person key lets exactly one account be made; the others get the duplicate message at the form,
     * none a 500.
     */
    @Test
    void twentySimultaneousJoinsOfOnePersonMakeOneAccount() throws Exception {
        String ci = "CI-" + TestPeople.unique() + "-" + TestPeople.unique();
        int visitors = 20;
        List<WebClient> clients = new ArrayList<>();
        List<HtmlPage> forms = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            WebClient visitor = new WebClient(base);
            assertTrue(verifierLogin(visitor, subject(), ci, "김동시").hasId("linking:joinLink"));
            clients.add(visitor);
            forms.add(visitor.get("/signup"));
        }
        ExecutorService executor = Executors.newFixedThreadPool(visitors);
        List<HtmlPage> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HtmlPage>> futures = new ArrayList<>();
            for (int i = 0; i < visitors; i++) {
                int n = i;
                Form form = vouchedSignUp(TestPeople.newPerson("burst" + n));
                Callable<HtmlPage> attempt = () -> {
                    start.await();
                    return clients.get(n).submit(forms.get(n), "signup", "signup:submit", form);
                };
                futures.add(executor.submit(attempt));
            }
            start.countDown();
            for (Future<HtmlPage> future : futures) {
                answers.add(future.get());
            }
        } finally {
            executor.shutdownNow();
        }
        long made = answers.stream().filter(page -> page.hasId("signupDone")).count();
        long refused = answers.stream()
                .filter(page -> page.status() == 200 && page.body().contains(Texts.ko("signup.person.duplicate")))
                .count();
        assertEquals(
                1,
                made,
                () -> answers.stream().map(HtmlPage::fieldMessages).toList().toString());
        assertEquals(visitors - 1, refused, "every other form says why, at the form");
    }

    /** One visitor stepping through the redirects by hand, to see (and repeat) each of them. */
    final class Steps {

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Starts a login; the provider's authorization address the forum sent the visitor to. */
        URI start() throws Exception {
            HttpResponse<String> started = get(base.toURI().resolve("/login/partner/" + ISSUER_ID));
            assertEquals(302, started.statusCode(), started::body);
            return URI.create(started.headers().firstValue("Location").orElseThrow());
        }

        String startState() throws Exception {
            Matcher m = Pattern.compile("(?:^|&)state=([^&]+)").matcher(start().getRawQuery());
            assertTrue(m.find());
            return m.group(1);
        }

        /** Starts a login and lets the provider answer; the callback address it sends the visitor back to. */
        URI toCallback() throws Exception {
            HttpResponse<String> answered = get(start());
            assertEquals(302, answered.statusCode(), answered::body);
            return URI.create(answered.headers().firstValue("Location").orElseThrow());
        }
    }
}
