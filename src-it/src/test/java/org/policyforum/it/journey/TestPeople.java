package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Year;
import java.util.UUID;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.journey.WebClient.Form;
import org.policyforum.it.journey.WebClient.HtmlPage;

/**
 * Made-up people for the journeys. All classes share one database, so each person gets their own address and test
 * person code. Nothing here looks like a resident registration number (at most eight digits in a row).
 */
final class TestPeople {

    /** A district that exists in the seed data (Mapo-gu). */
    static final String DISTRICT = "11440";

    static final int BIRTH_YEAR = 1985;

    private TestPeople() {}

    /** Someone who may sign up: name, address, test person code and a password the forum accepts. */
    record Person(String realName, String email, String testCode, String password) {

        Person withEmail(String other) {
            return new Person(realName, other, testCode, password);
        }

        Person withTestCode(String other) {
            return new Person(realName, email, other, password);
        }

        Person withPassword(String other) {
            return new Person(realName, email, testCode, other);
        }
    }

    /** A short random token, e.g. for names that must be unique in the run. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new person; {@code label} goes into the address, so a failing test's mail is easy to find. */
    static Person newPerson(String label) {
        String id = unique();
        return new Person(
                "시민" + id.substring(0, 4).toUpperCase(),
                label + "-" + id + "@example.test",
                "TEST-" + id.toUpperCase(),
                strongPassword());
    }

    static String strongPassword() {
        return "Walnut-" + unique() + "-7";
    }

    static String email(String label) {
        return label + "-" + unique() + "@example.test";
    }

    /** The sign-up form filled in for {@code person} (terms accepted, no monthly mail). */
    static Form signUpForm(Person person) {
        return new Form()
                .put("signup:realName", person.realName())
                .put("signup:verification", person.testCode())
                .put("signup:email", person.email())
                .put("signup:password", person.password())
                .put("signup:district", DISTRICT)
                .put("signup:birthYear", String.valueOf(BIRTH_YEAR))
                .put("signup:termsAccepted", "on");
    }

    /** Signs {@code person} up over plain HTTP and checks that the forum took it. */
    static HtmlPage signUp(URL base, Person person) {
        WebClient client = new WebClient(base);
        HtmlPage form = client.get("/signup");
        HtmlPage done = client.submit(form, "signup", "signup:submit", signUpForm(person));
        assertTrue(
                done.hasId("signupDone"),
                () -> "sign-up of " + person + " refused: " + done.fieldMessages() + "\n" + done.body());
        return done;
    }

    /** Signs {@code person} up over plain HTTP as born in {@code birthYear} and checks that the forum took it. */
    static HtmlPage signUp(URL base, Person person, int birthYear) {
        WebClient client = new WebClient(base);
        HtmlPage form = client.get("/signup");
        HtmlPage done = client.submit(
                form, "signup", "signup:submit", signUpForm(person).put("signup:birthYear", String.valueOf(birthYear)));
        assertTrue(
                done.hasId("signupDone"),
                () -> "sign-up of " + person + " (born " + birthYear + ") refused: " + done.fieldMessages() + "\n"
                        + done.body());
        return done;
    }

    /** A new member born in {@code birthYear} who signed up and confirmed their address, ready to log in. */
    static Person confirmedMember(URL base, String label, int birthYear) {
        Person person = newPerson(label);
        signUp(base, person, birthYear);
        confirm(base, person);
        return person;
    }

    /** A plain HTTP visitor logged in as {@code person} through the login form (answers in Korean). */
    static WebClient loggedIn(URL base, Person person) {
        WebClient client = new WebClient(base);
        HtmlPage form = client.get("/login");
        HtmlPage answer = client.submit(
                form,
                "login",
                "login:submit",
                new Form().put("login:email", person.email()).put("login:password", person.password()));
        assertTrue(answer.hasId("logoutForm:logout"), () -> "login of " + person + " refused: " + answer.body());
        return client;
    }

    /** The path and query of the first link to {@code pathPrefix} in the mails to {@code address}. */
    static String linkInMail(String address, int mailNumber, String pathPrefix) {
        var mails = MailCatcher.awaitMessagesTo(address, mailNumber, MailCatcher.DEFAULT_TIMEOUT);
        return WebClient.pathOf(
                MailCatcher.extractLink(mails.get(mailNumber - 1).body(), pathPrefix));
    }

    /** A new member who signed up and confirmed their address (over plain HTTP), ready to log in. */
    static Person confirmedMember(URL base, String label) {
        Person person = newPerson(label);
        signUp(base, person);
        confirm(base, person);
        return person;
    }

    /**
     * Follows the link in the confirmation mail {@code person} got when signing up. Sign up early and confirm late
     * when a journey has other things to do meanwhile: the outbox sends every few seconds.
     */
    static void confirm(URL base, Person person) {
        HtmlPage confirmed = new WebClient(base).get(linkInMail(person.email(), 1, "/confirm"));
        assertEquals(Texts.ko("confirm.CONFIRMED"), confirmed.textOf("confirmOutcome", "p"), confirmed::body);
    }

    /**
     * A year of birth in the future wherever the server's clock is (the year after next, to stay clear of New Year).
     */
    static int futureYear() {
        return Year.now().getValue() + 2;
    }
}
