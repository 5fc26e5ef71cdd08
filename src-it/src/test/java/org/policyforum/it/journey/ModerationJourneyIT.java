package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * Reports in Chromium: three citizens report an opinion from its topic page and it shows as a placeholder to others
 * (its author still reads it); the operator finds it in the moderators' queue and restores it with a reason, and it
 * shows again. The pages are checked with axe, the topic page and the queue also on a phone.
 */
class ModerationJourneyIT extends Journey {

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void threeReportsHideAnOpinionAndAModeratorRestoresIt() {
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "Quiet hours in parks " + unique;
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        console.openNewTopic("MAIN", title, "Should parks have quiet hours?", console.newBureau(unique));
        Person author = TestPeople.confirmedMember(base, "report-author", 1985);
        String text = "Cheap watches for sale " + unique;
        String topicPath = console.postOpinion(author, title, text, null);
        String anchor = opinionItem(unique).getDomAttribute("id");

        for (int i = 0; i < 3; i++) {
            Person reporter = TestPeople.confirmedMember(base, "reporter", 1990);
            pages.anonymous().logIn(reporter.email(), reporter.password());
            pages.open(topicPath);
            WebElement item = pages.element(anchor);
            item.findElement(By.cssSelector("details.report summary")).click();
            if (i == 0) {
                pages.assertAccessible();
            }
            new Select(item.findElement(By.cssSelector("select[id$=':reportReason']"))).selectByValue("SPAM");
            item.findElement(By.cssSelector("button[id$=':sendReport']")).click();
            pages.await(Pages.replaced(item));
            String after = pages.element(anchor).getAttribute("textContent");
            // the reporter's page keeps what it showed; the hiding shows on the next visit
            assertTrue(after.contains(Texts.en("report.sent")), after);
        }

        // others see the placeholder; the author still reads their own words
        pages.anonymous().open(topicPath);
        String shown = pages.element(anchor).getText();
        assertTrue(shown.contains(Texts.en("opinion.placeholder.HIDDEN")), shown);
        assertFalse(shown.contains(text), shown);
        pages.assertAccessible();
        pages.anonymous().logIn(author.email(), author.password());
        pages.open(topicPath);
        String own = pages.element(anchor).getText();
        assertTrue(own.contains(text) && own.contains(Texts.en("moderation.hidden.own")), own);

        // the operator restores it from the queue, with a reason
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/moderation.xhtml");
        String opinionId = anchor.substring("opinion-".length());
        WebElement entry = pages.element("case-OPINION-" + opinionId);
        assertTrue(entry.getText().contains(text), entry::getText);
        entry.findElement(By.cssSelector("textarea[id$=':reason']")).sendKeys("Not spam after all");
        entry.findElement(By.cssSelector("button[id$=':restore']")).click();
        pages.await(d -> pages.globalMessages().contains(Texts.en("admin.moderation.done.RESTORE")));
        assertTrue(
                pages.driver().findElements(By.id("case-OPINION-" + opinionId)).isEmpty(), "the case is closed");
        pages.fitsAPhone("/admin/moderation.xhtml");

        pages.anonymous().open(topicPath);
        assertTrue(pages.element(anchor).getText().contains(text), "shown again");
        pages.fitsAPhone(topicPath);
    }

    private WebElement opinionItem(String unique) {
        return pages.await(d -> d.findElements(By.cssSelector("ul.opinions > li.opinion")).stream()
                .filter(li -> li.getAttribute("textContent").contains(unique))
                .findFirst()
                .orElse(null));
    }
}
