package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * The month's best discussants in Chromium: an operator opens a round for the month of a new topic and takes the
 * system's shortlist; a citizen votes for a nominee on the awards page (once: the button goes); after voting closes
 * an official of the topic's bureau selects another nominee with a citation in the admin console; the operator
 * confirms and announces; the winner gives the gift's address on their account page and the operator marks it sent,
 * which erases the address. Every page is checked with axe, the public pages also on a phone.
 */
class AwardJourneyIT extends Journey {

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void aCitizenVotesOnTheAwardsPageAndAnOfficialSelectsWithACitation() {
        String unique = TestPeople.unique();
        Person first = TestPeople.newPerson("award-first");
        Person second = TestPeople.newPerson("award-second");
        Person voter = TestPeople.newPerson("award-voter");
        Person official = TestPeople.newPerson("award-official");
        for (Person person : List.of(first, second, voter, official)) {
            TestPeople.signUp(base, person);
        }
        Operator operator = Operator.ensure(pages);

        // the operator opens a topic; its month is the month it was planned to open in (tomorrow)
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        String title = "Street trees " + unique;
        console.openNewTopic("MAIN", title, "Which streets need shade first?", bureau);
        YearMonth month = YearMonth.from(LocalDateTime.now(TopicConsole.ZONE).plusDays(1));
        for (Person person : List.of(first, second, voter, official)) {
            TestPeople.confirm(base, person);
        }
        console.makeOfficial(official, unique);

        // two citizens give their opinions
        String firstOpinion = "Shade the bus stops first " + unique;
        String secondOpinion = "Plant along school routes " + unique;
        String topicPath = console.postOpinion(first, title, firstOpinion, null);
        console.postOpinion(second, title, secondOpinion, topicPath);

        // the operator opens the month's round, takes the system's proposals and opens the vote
        pages.anonymous().logIn(operator.email, operator.password);
        String roundPath = openRound(month);
        pages.openChecked(roundPath);
        pages.submit("phase:propose");
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.award.proposed").replace("{0}", "")),
                pages.globalMessages());
        nomineeRow(firstOpinion);
        nomineeRow(secondOpinion);
        pages.assertAccessible();
        pages.submit("phase:openVoting");
        assertEquals(Texts.en("award.phase.VOTING"), pages.text("phaseName"));

        // the citizen votes for the first opinion's author on the public page, once
        String publicPath = "/awards?round=" + roundPath.substring(roundPath.indexOf("id=") + 3);
        pages.anonymous().logIn(voter.email(), voter.password());
        pages.openChecked(publicPath);
        assertTrue(pages.text("tieRule").startsWith(Texts.en("award.tieRule").substring(0, 30)), pages.text("tieRule"));
        assertEquals(Texts.en("award.vote.left").replace("{0}", "1"), pages.text("votesLeft"));
        WebElement nominee = nominee(firstOpinion);
        WebElement vote = nominee.findElement(By.cssSelector("button[id$=':vote']"));
        vote.click();
        pages.await(Pages.replaced(vote));
        pages.await(d -> nominee(firstOpinion).getText().contains(Texts.en("award.vote.yours")));
        assertTrue(pages.globalMessages().contains(Texts.en("award.vote.cast")), pages.globalMessages());
        assertEquals(Texts.en("award.vote.left").replace("{0}", "0"), pages.text("votesLeft"));
        assertTrue(
                pages.driver()
                        .findElements(By.cssSelector("li.nominee button[id$=':vote']"))
                        .isEmpty(),
                "a vote is still offered after the only one was used");
        assertEquals(
                Texts.en("award.votes").replace("{0}", "1"),
                nominee(firstOpinion)
                        .findElement(By.cssSelector(".nominee-votes"))
                        .getText()
                        .strip());
        pages.assertAccessible();
        pages.fitsAPhone(publicPath);

        // voting closes; the official picks the second opinion's author with a citation
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked(roundPath);
        pages.submit("phase:closeVoting");
        assertEquals(Texts.en("award.phase.SELECTION"), pages.text("phaseName"));
        pages.anonymous().logIn(official.email(), official.password());
        pages.openChecked(roundPath);
        assertTrue(
                nomineeRow(firstOpinion)
                        .findElements(By.cssSelector("button[id$=':select']"))
                        .isEmpty(),
                "the citizens' winner is offered to the officials");
        String citation = "Thought of the children's way to school " + unique;
        WebElement row = nomineeRow(secondOpinion);
        row.findElement(By.cssSelector("input[id$=':citation']")).sendKeys(citation);
        WebElement page = pages.driver().findElement(By.tagName("html"));
        row.findElement(By.cssSelector("button[id$=':select']")).click();
        pages.await(Pages.replaced(page));
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.award.selected")),
                pages.globalMessages() + " " + pages.fieldMessages());
        assertTrue(pages.text("officialPicks").contains(citation), pages.text("officialPicks"));
        assertTrue(pages.text("officialPicks").contains(second.realName()), pages.text("officialPicks"));
        assertTrue(pages.text("citizensWinners").contains(first.realName()), pages.text("citizensWinners"));
        assertFalse(pages.isShown("phase:confirm"), "an official is offered the operator's confirmation");
        pages.assertAccessible();

        // the operator confirms and announces; the public page shows both winners, the hall of fame the round
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked(roundPath);
        pages.submit("phase:confirm");
        assertEquals(Texts.en("award.phase.CONFIRMED"), pages.text("phaseName"), pages.globalMessages());
        pages.submit("phase:announce");
        assertEquals(Texts.en("award.phase.ANNOUNCED"), pages.text("phaseName"), pages.globalMessages());
        pages.assertAccessible();
        pages.anonymous().openChecked(publicPath);
        assertTrue(pages.text("citizensWinners").contains(firstOpinion), pages.text("citizensWinners"));
        assertTrue(pages.text("officialsWinners").contains(citation), pages.text("officialsWinners"));
        assertTrue(pages.text("officialsWinners").contains(secondOpinion), pages.text("officialsWinners"));
        pages.fitsAPhone(publicPath);
        pages.openChecked("/hall-of-fame");
        assertTrue(pages.text("hall:rounds").contains(month.toString()), pages.text("hall:rounds"));
        pages.fitsAPhone("/hall-of-fame");

        // the officials' winner follows the mail to their account page and gives the gift's address
        String accountLink = TestPeople.linkInMail(second.email(), 2, "/account");
        pages.anonymous().logIn(second.email(), second.password());
        pages.openChecked(accountLink);
        assertTrue(pages.text("myAwards").contains(citation), pages.text("myAwards"));
        String address = "Sejong-daero 110, Jung-gu " + unique;
        WebElement addressField = pages.driver().findElement(By.cssSelector("textarea[id$=':address']"));
        addressField.sendKeys(address);
        pages.driver().findElement(By.cssSelector("button[id$=':saveAddress']")).click();
        pages.await(
                ExpectedConditions.textToBePresentInElementLocated(By.id("myAwards"), Texts.en("award.address.given")));
        pages.assertAccessible();

        // the operator sees the address in the prize table; marking the gift sent erases it
        pages.anonymous().logIn(operator.email, operator.password);
        pages.openChecked(roundPath);
        WebElement prize = prizeRow(second.realName());
        assertTrue(prize.getText().contains(address), prize.getText());
        WebElement before = pages.driver().findElement(By.tagName("html"));
        prize.findElement(By.cssSelector("button[id$=':sent']")).click();
        pages.await(Pages.replaced(before));
        assertTrue(pages.globalMessages().contains(Texts.en("admin.award.prizeDone")), pages.globalMessages());
        assertFalse(prizeRow(second.realName()).getText().contains(address), "the address outlived the fulfilment");
        assertTrue(prizeRow(second.realName()).getText().contains(Texts.en("award.prize.SENT")));
        pages.assertAccessible();
    }

    private WebElement prizeRow(String name) {
        return pages.await(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='prizes:prizeTable']//tbody/tr[.//td[contains(., '" + name + "')]]")));
    }

    /**
     * Opens the round for {@code month}, one place for each jury (so that other journeys' opinions of the month on
     * the shortlist change nothing), voting next month as the form proposes; returns the round page's path.
     */
    private String openRound(YearMonth month) {
        pages.openChecked("/admin/awards.xhtml");
        pages.select("round:forum", "MAIN");
        pages.type("round:month", month.toString());
        for (String places : List.of("round:citizenPlaces_input", "round:officialPlaces_input")) {
            WebElement field = pages.element(places);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.TAB);
        }
        WebElement messages = pages.driver().findElement(By.id("messages"));
        pages.clickAndAwait("round:open", Pages.replaced(messages));
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.award.opened")),
                () -> pages.globalMessages() + " " + pages.fieldMessages());
        pages.assertAccessible();
        WebElement link =
                pages.await(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table//tr[.//td[contains(., '"
                        + Texts.en("forum.MAIN") + "')]]//a[normalize-space(.)='" + month + "']")));
        return WebClient.pathOf(link.getAttribute("href")).replaceAll(";jsessionid=[^?]*", "");
    }

    private WebElement nomineeRow(String opinion) {
        return pages.await(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='shortlist:nominees']//tbody/tr[.//p[contains(., '" + opinion + "')]]")));
    }

    private WebElement nominee(String opinion) {
        return pages.await(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class, 'nominee')][.//p[contains(., '" + opinion + "')]]")));
    }
}
