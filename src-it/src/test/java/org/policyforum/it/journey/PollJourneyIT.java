package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.Browser;
import org.policyforum.it.journey.TestPeople.Person;
import org.policyforum.it.journey.WebClient.Form;
import org.policyforum.it.journey.WebClient.HtmlPage;

/**
 * A live poll in two Chromium sessions: an operator attaches a poll to an open topic in the console; an anonymous
 * reader keeps the topic page open while a citizen votes on the poll page, and the reader's counts change without a
 * reload. The operator then reads the breakdown and exports it as CSV and XLSX. Pages are checked with axe, the
 * citizen's poll page also on a phone.
 */
class PollJourneyIT extends Journey {

    /** A second, independent browser: the reader who watches the topic page. */
    @RegisterExtension
    static final Browser readerBrowser = new Browser();

    @Test
    void aReaderSeesACitizensBallotArriveWithoutReloading() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Person voter = TestPeople.newPerson("poll-voter");
        TestPeople.signUp(base, voter);
        Person boxVoter = TestPeople.newPerson("poll-voter-2");
        TestPeople.signUp(base, boxVoter);
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "Night buses " + unique;
        String question = "Should night buses run every 15 minutes? " + unique;

        // the operator opens a topic and attaches a poll to it
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        console.draft("MAIN", title, "Night bus frequency", "<p>Buses after midnight.</p>", bureau);
        console.move(title, "admin.topics.schedule", "SCHEDULED");
        console.move(title, "admin.topics.open", "OPEN");
        pages.openChecked("/admin/polls.xhtml");
        pages.type("create:question", question);
        List<String> options = List.of("Yes " + unique, "No " + unique, "Only on weekends " + unique);
        for (int i = 0; i < options.size(); i++) {
            pages.type("create:optionFields:" + i + ":option", options.get(i));
        }
        Select topic = new Select(pages.element("create:topic"));
        topic.getOptions().stream()
                .filter(o -> o.getText().contains(title))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement messages = pages.driver().findElement(By.id("messages"));
        pages.clickAndAwait("create:save", Pages.replaced(messages));
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.polls.created")),
                () -> "the poll was not created: " + pages.fieldMessages() + " " + pages.globalMessages());
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("list:polls"), question));
        pages.assertAccessible();
        String topicPath = topicPathOf(pages, title);

        // an anonymous reader opens the topic page: the poll box, no votes yet, a way to log in
        Pages reader = new Pages(readerBrowser, base);
        reader.anonymous().openChecked(topicPath);
        WebElement box = reader.element("pollBoxHeading").findElement(By.xpath("ancestor::section"));
        assertTrue(box.getText().contains(question), box::getText);
        assertEquals(
                "0", box.findElement(By.cssSelector(".poll-ballots")).getText().strip());
        assertTrue(reader.isShown("pollLogin"), "an anonymous reader is offered to log in");
        reader.driver().executeScript("window.pollJourneyMarker = 'same page';");

        // the citizen follows the box to the poll page and votes
        TestPeople.confirm(base, voter);
        pages.anonymous().logIn(voter.email(), voter.password());
        pages.openChecked(topicPath);
        // the topic's poll box offers the member the ballot too; sending it with nothing chosen is refused in place
        WebElement boxStatus = pages.driver().findElement(By.cssSelector(".poll-box form.poll-ballot .ballot-status"));
        pages.driver()
                .findElement(By.cssSelector(".poll-box form.poll-ballot [type=submit]"))
                .click();
        pages.await(ExpectedConditions.textToBePresentInElement(boxStatus, Texts.en("ballot.choices.required")));
        pages.driver().findElement(By.id("pollOpen")).click();
        pages.await(ExpectedConditions.textToBe(By.id("pollQuestion"), question));
        pages.assertAccessible();
        // the page's script sends the ballot to the API and answers in place: first a refusal (nothing chosen), then
        // the ballot; the page is never reloaded
        pages.driver().executeScript("window.voterMarker = 'same page';");
        WebElement status = pages.driver().findElement(By.cssSelector("#ballot .ballot-status"));
        assertEquals("polite", status.getDomAttribute("aria-live"));
        pages.element("ballot:vote").click();
        pages.await(ExpectedConditions.textToBePresentInElement(status, Texts.en("ballot.choices.required")));
        assertTrue(status.getDomAttribute("class").contains("ballot-refused"), status.getDomAttribute("class"));
        WebElement second = pages.driver()
                .findElements(By.cssSelector("input[name='ballot:single']"))
                .get(1);
        second.click();
        pages.element("ballot:vote").click();
        pages.await(ExpectedConditions.textToBePresentInElement(status, Texts.en("ballot.cast")));
        WebElement mine = pages.driver()
                .findElements(By.cssSelector(".poll-results .poll-bar"))
                .get(1);
        assertTrue(mine.getDomAttribute("class").contains("mine"), "the member's own choice is marked");
        assertTrue(mine.getText().contains(Texts.en("poll.yourChoice")), mine::getText);
        assertEquals(
                1,
                pages.driver()
                        .findElements(By.cssSelector(".poll-results .poll-bar.mine"))
                        .size());
        assertTrue(!pages.element("ballot:vote").isEnabled(), "this poll takes one ballot: the form is done");
        // the voter's own page shows the new counts too, within five seconds
        pages.waiting()
                .withTimeout(java.time.Duration.ofSeconds(5))
                .withMessage("the voter's page did not show the new count")
                .until(d -> "1"
                        .equals(mine.findElement(By.cssSelector(".poll-count"))
                                .getText()
                                .strip()));
        assertEquals("same page", pages.driver().executeScript("return window.voterMarker;"), "the page was reloaded");
        pages.assertAccessible();
        browser.phone();
        browser.assertFitsThePhone();
        browser.desktop();

        // the reader's page shows the ballot within five seconds, without a reload
        reader.waiting()
                .withTimeout(java.time.Duration.ofSeconds(5))
                .withMessage("the reader's poll box did not show the new ballot")
                .until(d -> "1"
                        .equals(box.findElement(By.cssSelector(".poll-ballots"))
                                .getText()
                                .strip()));
        WebElement row = box.findElements(By.cssSelector(".poll-bar")).get(1);
        assertEquals(
                "1", row.findElement(By.cssSelector(".poll-count")).getText().strip());
        assertEquals(
                "100%",
                row.findElement(By.cssSelector(".poll-percent")).getText().strip());
        assertEquals(
                "same page",
                reader.driver().executeScript("return window.pollJourneyMarker;"),
                "the page was reloaded");
        // a real stream, not a browser reconnecting every two seconds because the request could not go asynchronous
        assertTrue(!ServerLog.read().contains("RESTEASY002186"), "the event stream could not go asynchronous");
        reader.assertAccessible();

        // the public API gives the same results as JSON, and 404 for a poll that does not exist
        String pollId = box.findElement(By.cssSelector(".poll-results"))
                .getDomAttribute("data-events")
                .replaceAll(".*/polls/(\\d+)/events", "$1");
        WebClient api = new WebClient(base);
        HtmlPage json = api.get("/api/polls/" + pollId + "/results");
        assertEquals(200, json.status(), json::body);
        assertTrue(
                json.body().contains("\"ballots\":1") && json.body().contains("\"count\":1,\"percent\":100"),
                json::body);
        assertEquals(404, api.get("/api/polls/999999999/results").status());

        // the public list of polls leads to it too
        reader.openChecked("/polls");
        assertTrue(reader.text("list:polls").contains(question), () -> reader.text("list:polls"));

        // the poll's own page as a visitor reads it: no PrimeFaces script in its head but its small locale (a phone
        // paints it first, issue 14); its chart is drawn once the page has been shown, with the counts the bars show,
        // and nothing fails
        readerBrowser.assertNoScriptErrors(() -> {
            reader.openChecked("/polls/" + pollId);
            assertEquals(
                    0L,
                    reader.driver()
                            .executeScript("return document.head.querySelectorAll('script[src*=\"ln=primefaces\"]"
                                    + ":not([src*=\"/locales/\"])').length;"),
                    "PrimeFaces' scripts are in the visitor's poll page's head");
            reader.waiting()
                    .withTimeout(java.time.Duration.ofSeconds(10))
                    .withMessage("the poll's chart was not drawn after the page was shown")
                    .until(d -> "0,1,0"
                            .equals(reader.driver()
                                    .executeScript("var w = window.PrimeFaces && PrimeFaces.widgets.pollChart;"
                                            + "return w && w.chart ? w.chart.data.datasets[0].data.join() : null;")));
        });
        reader.assertAccessible();

        // a second citizen votes right in the topic page's box: counted in place, their choice marked, no reload;
        // the reader's box shows the second ballot within five seconds
        reader.openChecked(topicPath);
        WebElement readerBox = reader.element("pollBoxHeading").findElement(By.xpath("ancestor::section"));
        TestPeople.confirm(base, boxVoter);
        pages.anonymous().logIn(boxVoter.email(), boxVoter.password());
        pages.openChecked(topicPath);
        pages.driver().executeScript("window.boxMarker = 'same page';");
        WebElement topicBox = pages.driver().findElement(By.cssSelector(".poll-box"));
        WebElement boxMessage = topicBox.findElement(By.cssSelector("form.poll-ballot .ballot-status"));
        topicBox.findElements(By.cssSelector("form.poll-ballot input[name=choice]"))
                .get(0)
                .click();
        topicBox.findElement(By.cssSelector("form.poll-ballot [type=submit]")).click();
        pages.await(ExpectedConditions.textToBePresentInElement(boxMessage, Texts.en("ballot.cast")));
        WebElement boxMine =
                topicBox.findElements(By.cssSelector(".poll-results .poll-bar")).get(0);
        assertTrue(boxMine.getDomAttribute("class").contains("mine"), "the member's own choice is marked in the box");
        assertEquals(
                "same page", pages.driver().executeScript("return window.boxMarker;"), "the topic page was reloaded");
        assertFalse(
                topicBox.findElement(By.cssSelector("form.poll-ballot [type=submit]"))
                        .isEnabled(),
                "counted: the box's button does not invite a second, repeated 'counted'");
        reader.waiting()
                .withTimeout(java.time.Duration.ofSeconds(5))
                .withMessage("the reader's poll box did not show the second ballot")
                .until(d -> "2"
                        .equals(readerBox
                                .findElement(By.cssSelector(".poll-ballots"))
                                .getText()
                                .strip()));
        reader.waiting()
                .withTimeout(java.time.Duration.ofSeconds(5))
                .withMessage("the public API did not count the second ballot")
                .until(d -> api.get("/api/polls/" + pollId + "/results").body().contains("\"ballots\":2"));

        // the operator reads the breakdown and exports it
        pages.anonymous().logIn(operator.email, operator.password);
        WebClient console2 = new WebClient(base);
        console2.setCookie("JSESSIONID", pages.cookie("JSESSIONID"));
        HtmlPage list = console2.get("/admin/polls.xhtml");
        HtmlPage shown = console2.submit(list, "list", "list:polls:0:breakdown", new Form());
        assertTrue(shown.hasId("breakdown:rows"), shown::body);
        HtmlPage csv = console2.submit(shown, "breakdown", "breakdown:csv", new Form());
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(options.get(1)), csv::body);
        // two ballots: every cell is a group smaller than 5, in the page and in the file alike, none with its count
        String fewerThan = Texts.ko("admin.polls.fewerThan", 5);
        assertTrue(shown.body().contains(fewerThan), shown::body);
        assertTrue(csv.body().contains(fewerThan) && !csv.body().contains("\"1\""), csv::body);
        HtmlPage xlsx = console2.submit(shown, "breakdown", "breakdown:xlsx", new Form());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX file is a zip archive");
    }

    /**
     * A poll whose ballot may be changed: after the ballot is counted the button waits for a different choice (it
     * used to stay active and repeat "counted"), also on the page opened again later; a different choice changes it.
     */
    @Test
    void aChangeableBallotAsksForADifferentChoiceBeforeItCanBeSentAgain() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Person voter = TestPeople.newPerson("poll-changer");
        TestPeople.signUp(base, voter);
        Operator operator = Operator.ensure(pages);
        String question = "Which bus stop first? " + TestPeople.unique();
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked("/admin/polls.xhtml");
        pages.type("create:question", question);
        pages.type("create:optionFields:0:option", "City Hall").type("create:optionFields:1:option", "Market");
        pages.element("create:ballotChangeable").click();
        WebElement messages = pages.driver().findElement(By.id("messages"));
        pages.clickAndAwait("create:save", Pages.replaced(messages));
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.polls.created")),
                () -> "the poll was not created: " + pages.fieldMessages() + " " + pages.globalMessages());

        TestPeople.confirm(base, voter);
        pages.anonymous().logIn(voter.email(), voter.password());
        pages.openChecked("/polls");
        pages.driver().findElement(By.linkText(question)).click();
        pages.await(ExpectedConditions.textToBe(By.id("pollQuestion"), question));
        WebElement status = pages.driver().findElement(By.cssSelector("#ballot .ballot-status"));
        choose(pages, 0);
        pages.element("ballot:vote").click();
        pages.await(ExpectedConditions.textToBePresentInElement(status, Texts.en("ballot.cast")));
        assertFalse(pages.element("ballot:vote").isEnabled(), "the same choice again would only repeat 'counted'");
        assertEquals(
                Texts.en("poll.changeVote"),
                pages.element("ballot:vote").getText().strip());
        choose(pages, 1);
        assertTrue(pages.element("ballot:vote").isEnabled(), "a different choice may be sent");
        choose(pages, 0);
        assertFalse(pages.element("ballot:vote").isEnabled(), "back to the counted choice: nothing to send");
        choose(pages, 1);
        pages.element("ballot:vote").click();
        pages.await(ExpectedConditions.textToBePresentInElement(status, Texts.en("ballot.changed")));
        assertFalse(pages.element("ballot:vote").isEnabled(), "changed: the button waits again");
        pages.assertAccessible();

        // the page opened again shows the counted choice and the same waiting button
        pages.driver().navigate().refresh();
        pages.await(ExpectedConditions.textToBe(By.id("pollQuestion"), question));
        assertTrue(radios(pages).get(1).isSelected(), "the counted choice is shown");
        assertFalse(pages.element("ballot:vote").isEnabled(), "opened again: the counted choice is not sent again");
        choose(pages, 0);
        assertTrue(pages.element("ballot:vote").isEnabled());
        browser.phone();
        browser.assertFitsThePhone();
        pages.assertAccessible();
        browser.desktop();
    }

    private static List<WebElement> radios(Pages pages) {
        return pages.driver().findElements(By.cssSelector("input[name='ballot:single']"));
    }

    private static void choose(Pages pages, int option) {
        radios(pages).get(option).click();
    }

    private static String topicPathOf(Pages pages, String title) {
        pages.open("/forum");
        pages.driver().findElement(By.linkText(title)).click();
        pages.await(ExpectedConditions.textToBe(By.id("topicTitle"), title));
        return WebClient.pathOf(pages.driver().getCurrentUrl());
    }
}
