package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * The Youth Forum in Chromium: a member of sixteen applies to the youth panel, may not post on a youth topic until an
 * operator approves them in the agenda, then posts; an adult who is no panelist stays refused. Refusals are the
 * forum's message, and nothing refused is stored.
 */
class YouthForumJourneyIT extends Journey {

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void aTeenagerJoinsThePanelAndOnlyThenPostsWhileAnAdultIsRefused() {
        int sixteenYearsAgo = Year.now(TopicConsole.ZONE).getValue() - 16;
        Person teen = TestPeople.newPerson("youth-teen");
        Person adult = TestPeople.newPerson("youth-adult");
        TestPeople.signUp(base, teen, sixteenYearsAgo);
        TestPeople.signUp(base, adult);
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "School routes " + unique;

        // the operator opens a youth topic
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        console.openNewTopic("YOUTH", title, "How should children get to school safely?", bureau);

        // the teenager applies to the youth panel
        TestPeople.confirm(base, teen);
        TestPeople.confirm(base, adult);
        pages.anonymous().logIn(teen.email(), teen.password());
        pages.openChecked("/youth");
        String motivation = "I walk to school every day " + unique;
        pages.type("youthApply:motivation", motivation);
        pages.clickAndAwait(
                "youthApply:apply", ExpectedConditions.visibilityOfElementLocated(By.id("applicationStatus")));
        assertEquals(Texts.en("youth.status.PENDING"), pages.text("applicationStatus"));
        assertTrue(pages.globalMessages().contains(Texts.en("youth.applied")), pages.globalMessages());
        assertFalse(pages.isShown("youthApply:apply"), "a pending applicant is offered to apply again");
        pages.assertAccessible();

        // before approval the teenager's opinion is refused with the panelists-only message
        pages.driver().findElement(By.linkText(title)).click();
        pages.await(ExpectedConditions.textToBe(By.id("topicTitle"), title));
        String topicPath = WebClient.pathOf(pages.driver().getCurrentUrl());
        pages.assertAccessible();
        assertRefused(topicPath, "Too early " + unique);

        // the operator approves the application in the agenda
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/agenda.xhtml");
        WebElement application = application(teen);
        assertTrue(
                application.getText().contains(motivation)
                        && application.getText().contains(String.valueOf(sixteenYearsAgo)),
                application::getText);
        application.findElement(By.cssSelector("button[id$=':approve']")).click();
        pages.await(Pages.replaced(application));
        assertTrue(
                pages.driver().findElements(By.xpath(applicationXpath(teen))).isEmpty(),
                "the approved application is still pending");
        assertTrue(pages.globalMessages().contains(Texts.en("admin.agenda.decided")), pages.globalMessages());
        pages.assertAccessible();

        // now a panelist, the teenager posts, and the opinion appears
        pages.anonymous().logIn(teen.email(), teen.password());
        pages.openChecked("/youth");
        assertEquals(Texts.en("youth.status.APPROVED"), pages.text("applicationStatus"));
        pages.openChecked(topicPath);
        String opinion = "Safer crossings near schools " + unique;
        post("PRO", opinion);
        assertTrue(pages.text("opinion").contains(Texts.en("opinion.posted")), () -> pages.text("opinion"));
        assertEquals(
                Texts.en("stance.PRO") + " 1",
                pages.driver()
                        .findElement(By.cssSelector("#stanceCounts .pro"))
                        .getText()
                        .strip());
        List<String> shown = opinionTexts();
        assertEquals(List.of(opinion), shown);
        pages.assertAccessible();

        // an adult who is no panelist is refused, and the panelist's opinion is all there is
        pages.anonymous().logIn(adult.email(), adult.password());
        pages.openChecked("/youth");
        assertFalse(pages.isShown("youthApply:apply"), "an adult is offered to apply to the youth panel");
        assertRefused(topicPath, "An adult's view " + unique);
    }

    /**
     * A member who may not write on the topic is told so, and how to join, before typing anything: no opinion form,
     * no reaction or reply buttons; the link leads to the panel application.
     */
    private void assertRefused(String topicPath, String text) {
        pages.open(topicPath);
        assertAll(
                () -> assertTrue(pages.isShown("mayNotWrite"), "no word on why this member cannot write"),
                () -> assertTrue(
                        pages.text("mayNotWrite").contains(Texts.en("opinion.youth.ineligible")),
                        () -> pages.text("mayNotWrite")),
                () -> assertEquals(Texts.en("opinion.youth.howToJoin"), pages.text("youthApplyLink")),
                () -> assertTrue(
                        pages.driver().findElements(By.id("opinion:body")).isEmpty(), "the form is offered"),
                () -> assertTrue(
                        pages.driver()
                                .findElements(By.cssSelector("button[id$=':agree'], textarea[id$=':reply']"))
                                .isEmpty(),
                        "reactions or replies are offered"),
                () -> assertFalse(pages.text("main").contains(text)));
        pages.assertAccessible();
        browser.phone();
        browser.assertFitsThePhone();
        browser.desktop();
        pages.driver().findElement(By.id("youthApplyLink")).click();
        pages.await(d -> pages.path().equals("/youth"));
        assertTrue(
                pages.driver().getCurrentUrl().endsWith("#youthApply"),
                pages.driver().getCurrentUrl());
    }

    private void post(String stance, String text) {
        pages.driver()
                .findElement(By.cssSelector("input[name='opinion:stance'][value='" + stance + "']"))
                .click();
        pages.type("opinion:body", text).submit("opinion:post");
    }

    private List<String> opinionTexts() {
        return pages.driver().findElements(By.cssSelector("ul.opinions > li.opinion p.text")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    private WebElement application(Person member) {
        return pages.await(ExpectedConditions.visibilityOfElementLocated(By.xpath(applicationXpath(member))));
    }

    private static String applicationXpath(Person member) {
        return "//li[.//strong[normalize-space(.)='" + member.realName() + "']]";
    }
}
