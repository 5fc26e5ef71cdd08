package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * The idea space from a citizen's idea to the city's answer: a citizen proposes an idea and is shown a similar one
 * first; two others support it past the first tier (lowered to two supports by the operator in the console, and set
 * back afterwards); triage gives it its bureau; the bureau's official answers in the console (a decline without a
 * reason is refused at the field); the author reads the answer on the idea's page and gets it by mail. An idea whose
 * answer is late shows as overdue on the list, on its page and first in the official's queue. Pages are checked with
 * axe, the citizen's pages also at the phone's width.
 */
class IdeaJourneyIT extends Journey {

    @Test
    void aCitizensIdeaIsSupportedPastATierAndTheBureauAnswersIt() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        String unique = TestPeople.unique();
        Person author = TestPeople.newPerson("idea-author");
        Person first = TestPeople.newPerson("idea-first");
        Person second = TestPeople.newPerson("idea-second");
        Person official = TestPeople.newPerson("idea-official");
        for (Person person : List.of(author, first, second, official)) {
            TestPeople.signUp(base, person);
        }
        Operator operator = Operator.ensure(pages);
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        for (Person person : List.of(author, first, second, official)) {
            TestPeople.confirm(base, person);
        }
        console.makeOfficial(official, unique);
        firstTierAt(pages, "2");
        try {
            // an idea is there before the author's: the author is shown it as similar
            String earlierTitle = "Awnings" + unique;
            pages.anonymous().logIn(first.email(), first.password());
            String earlier = propose(pages, earlierTitle, null);

            pages.anonymous().logIn(author.email(), author.password());
            String title = "Awnings" + unique + " at every bus stop";
            String idea = propose(pages, title, earlierTitle);
            browser.phone();
            browser.assertFitsThePhone();
            browser.desktop();

            // anyone finds both on the public list, searched by a word of the title
            pages.anonymous().openChecked("/ideas?q=" + unique + "&sort=NEWEST");
            assertTrue(pages.text("ideaList").contains(title), pages.text("ideaList"));
            assertTrue(pages.text("ideaList").contains(earlierTitle), pages.text("ideaList"));
            browser.phone();
            browser.assertFitsThePhone();
            browser.desktop();

            // two others support it: the second support reaches the (lowered) first tier
            support(pages, first, idea, "1");
            support(pages, second, idea, "2");
            // the obligation the second support made shows when the page is opened again
            pages.openChecked(idea);
            String owed = pages.text("obligationList");
            assertTrue(
                    owed.contains(Texts.en("idea.obligation.BUREAU_ANSWER", 2, Texts.en("idea.bureau.unassigned"))),
                    owed);

            // triage gives the idea its bureau
            pages.anonymous().logIn(operator.email, operator.password);
            triage(pages, title, bureau);

            // the bureau's official finds it in the queue and answers; a decline without a reason is refused
            pages.anonymous().logIn(official.email(), official.password());
            pages.openChecked("/admin/obligations.xhtml");
            pages.driver().findElement(By.linkText(title)).click();
            pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("ideaTitle"), title));
            pages.assertAccessible();
            String answer = "We will add shade sails at the 40 busiest stops first. " + unique;
            pages.select("answer:verdict", "DECLINED");
            pages.type("answer:body", "<p>" + answer + "</p><script>alert(1)</script>");
            pages.clickAndAwait("answer:send", d -> !pages.fieldMessages().isEmpty());
            assertEquals(Texts.en("idea.answer.reason.required"), pages.messageFor("answer:reason"));
            pages.select("answer:verdict", "PARTLY");
            pages.type("answer:reason", "The budget covers the busiest stops this year.");
            pages.clickAndAwait(
                    "answer:preview", ExpectedConditions.visibilityOfElementLocated(By.id("answer:previewBox")));
            assertTrue(pages.text("answer:previewBox").contains(answer), pages.text("answer:previewBox"));
            pages.clickAndAwait("answer:send", d -> pages.globalMessages().contains(Texts.en("admin.ideas.answered")));
            pages.assertAccessible();

            // the author reads the answer on the idea's page and has it by mail
            pages.anonymous().logIn(author.email(), author.password());
            pages.openChecked(idea);
            assertTrue(pages.text("answers").contains(answer), pages.text("answers"));
            assertEquals(Texts.en("idea.state.ACCEPTED"), pages.text("ideaState"));
            assertTrue(pages.driver()
                    .findElements(By.cssSelector("#answers script"))
                    .isEmpty());
            // the second mail to the author, after the address confirmation
            List<MailCatcher.ReceivedMail> mails =
                    MailCatcher.awaitMessagesTo(author.email(), 2, MailCatcher.DEFAULT_TIMEOUT);
            MailCatcher.ReceivedMail mail = mails.get(mails.size() - 1);
            assertTrue(mail.subject().contains(title), mail::subject);
            assertTrue(mail.text().contains(idea.replaceAll(".*\\?", "")), mail::text);
            browser.phone();
            browser.assertFitsThePhone();
            browser.desktop();

            // the author thanks the bureau in a comment (a script in it stays text); a supporter agrees with it
            String thanks = "Thank you, the busiest stops first is fair. " + unique;
            pages.openChecked(idea);
            pages.type("comments:comment", thanks + "<script>window.injected = 1;</script>");
            pages.clickAndAwait(
                    "comments:post", ExpectedConditions.textToBePresentInElementLocated(By.id("ideaComments"), thanks));
            assertTrue(pages.driver()
                    .findElements(By.cssSelector("#ideaComments script"))
                    .isEmpty());
            assertEquals(null, pages.driver().executeScript("return window.injected;"));
            pages.assertAccessible();
            browser.phone();
            browser.assertFitsThePhone();
            browser.desktop();
            pages.anonymous().logIn(first.email(), first.password());
            pages.openChecked(idea);
            pages.clickAndAwait(
                    "comments:list:0:agree",
                    ExpectedConditions.textToBePresentInElementLocated(
                            By.id("comments:list:0:agree"), Texts.en("reaction.AGREE") + " 1"));
            pages.assertAccessible();

            // the earlier idea crosses the tier too, and its answer is then late
            support(pages, author, earlier, "1");
            support(pages, second, earlier, "2");
            long earlierId = Long.parseLong(earlier.replaceAll(".*/ideas/", ""));
            assertEquals(
                    200,
                    new WebClient(base)
                            .post(IdeaTimeServlet.PATH, "idea=" + earlierId + "&days=20")
                            .status());
            pages.anonymous().openChecked(earlier);
            assertTrue(pages.isShown("overdueNotice"), "a late answer is shown as overdue on the idea");
            assertTrue(
                    pages.text("obligationList").contains(Texts.en("idea.obligation.overdueBy", 6)),
                    pages.text("obligationList"));
            pages.openChecked("/ideas?q=" + unique + "&sort=NEWEST");
            assertTrue(
                    pages.driver()
                                    .findElements(By.cssSelector("#ideaList .badge.overdue"))
                                    .size()
                            == 1,
                    "the list marks the late one, and only it");
            pages.anonymous().logIn(operator.email, operator.password);
            pages.openChecked("/admin/obligations.xhtml");
            String queue = pages.text("owed:obligations");
            assertTrue(queue.indexOf(earlierTitle) < queue.indexOf(title) || !queue.contains(title), queue);
            assertTrue(queue.contains(Texts.en("idea.overdue")), queue);
        } finally {
            pages.anonymous().logIn(operator.email, operator.password);
            firstTierAt(pages, "50");
        }
    }

    /** The operator sets the first tier's supports in the console (the journey lowers it, then sets it back). */
    private static void firstTierAt(Pages pages, String supports) {
        pages.openChecked("/admin/idea-setup.xhtml");
        pages.type("tiers:tierTable:0:supports", supports);
        pages.clickAndAwait("tiers:save", d -> pages.globalMessages().contains(Texts.en("admin.ideas.tiersSaved")));
        pages.assertAccessible();
    }

    /** Proposes through the two-step form; returns the new idea's path. */
    private static String propose(Pages pages, String title, String similar) {
        pages.openChecked("/ideas/new");
        pages.type("propose:title", title);
        pages.type("propose:body", "Bus stops in the sun are hard to wait at in summer. " + title);
        pages.select("propose:category", "1");
        pages.clickAndAwait("propose:check", ExpectedConditions.visibilityOfElementLocated(By.id("similarHeading")));
        if (similar != null) {
            assertTrue(pages.text("similarList").contains(similar), pages.text("similarList"));
        } else {
            assertTrue(pages.isShown("propose:noSimilar"), "an idea with no similar one is told so");
        }
        pages.assertAccessible();
        pages.clickAndAwait("propose:submit", ExpectedConditions.urlMatches("/ideas/[0-9]+"));
        pages.await(ExpectedConditions.textToBe(By.id("ideaTitle"), title));
        assertTrue(pages.globalMessages().contains(Texts.en("idea.proposed")), pages.globalMessages());
        pages.assertAccessible();
        return WebClient.pathOf(pages.driver().getCurrentUrl()).replaceAll(";jsessionid=[^?]*", "");
    }

    private static void support(Pages pages, Person person, String idea, String count) {
        pages.anonymous().logIn(person.email(), person.password());
        pages.openChecked(idea);
        // the page's script sends the support to the API and answers in place, without a reload
        pages.driver().executeScript("window.supportMarker = 'same page';");
        pages.clickAndAwait("actions:support", ExpectedConditions.textToBe(By.id("supportCount"), count));
        assertEquals(Texts.en("idea.supported"), pages.text("supportStatus"));
        assertEquals("same page", pages.driver().executeScript("return window.supportMarker;"), "the page reloaded");
        pages.assertAccessible();
    }

    private static void triage(Pages pages, String title, String bureau) {
        pages.openChecked("/admin/ideas.xhtml");
        pages.driver()
                .findElement(By.xpath("//*[@id='queue:ideas']//tr[.//a[contains(., '" + title + "')]]//button"))
                .click();
        pages.await(ExpectedConditions.textToBe(By.id("chosenTitle"), title));
        new Select(pages.element("triage:bureau")).selectByVisibleText(bureau);
        pages.clickAndAwait("triage:assign", d -> pages.globalMessages().contains(Texts.en("admin.ideas.assigned")));
        pages.assertAccessible();
    }
}
