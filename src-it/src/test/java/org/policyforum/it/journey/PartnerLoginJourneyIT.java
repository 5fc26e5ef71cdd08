package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * A member logs in with a partner account in Chromium, in Korean: the login page's partner button, the provider (a
 * real OpenID Connect provider, mock-oauth2-server, started in this JVM on {@code it.oidc.port}), the page that asks
 * for the password once to link the account, logged in; the account page lists the link; the next partner login goes
 * straight in. A person the verifying partner ("gov") vouches for joins from the link page with its verification.
 * Every page checked with axe, and on a 360 px phone.
 */
class PartnerLoginJourneyIT extends Journey {

    static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.oidc.port", 4180));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void memberLinksThePartnerAccountWithThePasswordOnceAndThenLogsInWithThePartner() {
        Person member = TestPeople.confirmedMember(base, "partner-journey");
        String subject = "partner-journey-" + TestPeople.unique();
        Pages pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();

        pages.openChecked("/login?lang=ko");
        pages.fitsAPhone("/login");
        assertTrue(pages.isShown("partner-partner"), "the login page offers the partner");

        // to the provider and back: not linked yet, so the forum asks for the password once
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(PartnerLoginIT.ISSUER_ID, subject));
        pages.submit("partner-partner");
        assertEquals("/login", pages.path());
        pages.assertAccessible();
        pages.fitsAPhone("/login");
        assertTrue(pages.isShown("linkingText"), "still linking after the phone check (same session)");
        pages.logIn(member.email(), member.password());
        pages.assertAccessible();

        // the account page lists the link
        pages.openChecked("/account");
        assertTrue(pages.text("partnerLinks").contains(Texts.ko("account.partner.revoke")), pages.text("main"));
        pages.fitsAPhone("/account");

        // logged out, the partner login goes straight in
        pages.logOut();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(PartnerLoginIT.ISSUER_ID, subject));
        pages.open("/login");
        pages.submit("partner-partner");
        assertTrue(pages.isShown("logoutForm:logout"), "logged in by the partner");
        assertEquals("/", pages.path());
        pages.assertAccessible();
    }

    @Test
    void aPersonTheVerifyingPartnerVouchesForJoinsWithItsVerification() {
        Person person = TestPeople.newPerson("verified-journey");
        Pages pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
        pages.openChecked("/login?lang=ko");
        assertTrue(pages.isShown("partner-gov"), "the login page offers the verifying partner");

        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "gov",
                "verified-journey-" + TestPeople.unique(),
                "JWT",
                null,
                Map.of("ci", "CI-" + TestPeople.unique() + TestPeople.unique(), "name", "김확인"),
                3600));
        pages.submit("partner-gov");
        assertEquals("/login", pages.path());
        assertTrue(pages.isShown("linking:joinLink"), "joining with the partner's verification is offered");
        pages.assertAccessible();

        pages.submit("linking:joinLink");
        assertEquals("/signup", pages.path());
        assertTrue(pages.text("signup:vouched").contains("김확인"), pages.text("main"));
        assertFalse(pages.isShown("signup:verification"), "no evidence is asked");
        pages.assertAccessible();
        pages.fitsAPhone("/signup");
        pages.open("/signup")
                .type("signup:email", person.email())
                .type("signup:password", person.password())
                .select("signup:district", TestPeople.DISTRICT)
                .type("signup:birthYear", String.valueOf(TestPeople.BIRTH_YEAR))
                .check("signup:termsAccepted", true)
                .submit("signup:submit");
        assertTrue(pages.text("signupDone").contains(person.email()), () -> pages.text("main"));
        pages.assertAccessible();
    }
}
