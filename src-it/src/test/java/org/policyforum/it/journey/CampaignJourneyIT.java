package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyforum.it.MailCatcher;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * The monthly mail in Chromium: the operator opens a topic, makes the month's campaign, previews it in Korean and
 * English, sends themself a test, starts it and watches the progress bar reach 100 %; a member who got the mail
 * unsubscribes through its link without logging in.
 */
class CampaignJourneyIT extends Journey {

    @Test
    void operatorPreviewsTestSendsStartsAndWatchesTheCampaignFinish() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Operator operator = Operator.ensure(pages);
        Person reader = TestPeople.newPerson("campaign-reader");
        WebClient client = new WebClient(base);
        WebClient.HtmlPage signedUp = client.submit(
                client.get("/signup"),
                "signup",
                "signup:submit",
                TestPeople.signUpForm(reader).put("signup:mailOptIn", "on"));
        assertTrue(signedUp.hasId("signupDone"), signedUp::body);
        TestPeople.confirm(base, reader);
        String unique = TestPeople.unique();
        String title = "Night buses " + unique;

        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        console.openNewTopic("MAIN", title, "Should night buses run every 15 minutes?", console.newBureau(unique));

        pages.openChecked("/admin/campaigns.xhtml");
        pages.submit("campaigns:create");
        assertTrue(pages.path().startsWith("/admin/campaign.xhtml"), pages.path());
        assertEquals("[정책토론] 이달의 토론: " + title, pages.text("subjectKo").strip());
        assertEquals(
                "[Policy Forum] This month's topic: " + title,
                pages.driver()
                        .findElement(By.id("subjectEn"))
                        .getAttribute("textContent")
                        .strip());
        assertTrue(pages.text("campaign:preview").contains("Should night buses run every 15 minutes?"));
        assertEquals(Texts.en("admin.campaign.state.DRAFT"), pages.text("state"));
        pages.assertAccessible();

        pages.clickAndAwait(
                "campaign:testSend",
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("messages"), Texts.en("admin.campaign.testSent")));
        assertTrue(MailCatcher.awaitMessagesTo(operator.email, 1, MailCatcher.DEFAULT_TIMEOUT).stream()
                .anyMatch(m -> m.subject().equals("[Test] [Policy Forum] This month's topic: " + title)));

        pages.submit("campaign:start");
        assertTrue(pages.globalMessages().contains(Texts.en("admin.campaign.started")), pages.globalMessages());
        // the bar is refreshed by ajax polling, not by reloading the page
        new WebDriverWait(pages.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:bar"), "100 %"));
        new WebDriverWait(pages.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("state"), Texts.en("admin.campaign.state.DONE")));
        pages.assertAccessible();

        MailCatcher.ReceivedMail mail =
                MailCatcher.awaitMessagesTo(reader.email(), 1, MailCatcher.DEFAULT_TIMEOUT).stream()
                        .filter(m -> m.subject().contains(title))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no campaign mail"));
        String link = MailCatcher.extractLink(mail.text(), "/mail/unsubscribe");
        pages.anonymous().open(WebClient.pathOf(link));
        assertEquals("/unsubscribe", pages.path());
        assertEquals(Texts.en("unsubscribe.ask"), pages.text("unsubscribeState"));
        pages.assertAccessible();
        pages.submit("unsubscribe:confirm");
        assertEquals(Texts.en("unsubscribe.done"), pages.text("unsubscribeState"));

        pages.open("/unsubscribe?token=1.99999999999.0123456789abcdef0123456789abcdef");
        assertEquals(Texts.en("unsubscribe.invalid"), pages.text("unsubscribeState"));
    }
}
