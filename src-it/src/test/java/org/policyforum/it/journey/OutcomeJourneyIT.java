package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * What became of a discussion, in Chromium and in Korean: the operator opens a topic, a citizen takes part, the
 * operator closes it; an official of the topic's bureau records its policy outcome in the console with two dated
 * timeline entries (a script link and a future date are refused at their fields first); the citizen then finds it
 * on their own page ("what became of my voice"), on the public tracker (beside the bureaus' record of answering ideas)
 * and on the topic's page. Every page is checked
 * with axe, the citizen's also at the phone's width.
 */
class OutcomeJourneyIT extends Journey {

    /** What a date field of the en-US browser takes from the keyboard: month, day, year. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

    private Pages pages;

    @BeforeEach
    void newVisitor() {
        pages = new Pages(browser, base);
        browser.desktop();
        pages.anonymous();
    }

    @Test
    void anOfficialRecordsTheOutcomeAndTheParticipantSeesIt() {
        String unique = TestPeople.unique();
        Person participant = TestPeople.newPerson("outcome-participant");
        Person official = TestPeople.newPerson("outcome-official");
        for (Person person : List.of(participant, official)) {
            TestPeople.signUp(base, person);
        }
        Operator operator = Operator.ensure(pages);

        // the operator opens a topic; the citizen takes part; the operator closes it
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        String bureau = console.newBureau(unique);
        String title = "Night buses " + unique;
        console.openNewTopic("MAIN", title, "Which night bus routes first?", bureau);
        for (Person person : List.of(participant, official)) {
            TestPeople.confirm(base, person);
        }
        console.makeOfficial(official, unique);
        String topicPath = console.postOpinion(participant, title, "Run the 9 route all night " + unique, null);
        pages.anonymous().logIn(operator.email, operator.password);
        pages.open("/admin/topics.xhtml");
        console.move(title, "admin.topics.close", "CLOSED");

        // the official records the outcome, in Korean
        pages.anonymous().logIn(official.email(), official.password());
        pages.open("/admin/outcomes.xhtml?lang=ko");
        assertEquals(Texts.ko("admin.nav.outcomes"), pages.heading());
        pages.assertAccessible();
        // the source is a discussion unless the official chooses an idea
        assertEquals(
                "TOPIC",
                new Select(pages.element("newForm:sourceKind"))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        new Select(pages.element("newForm:source")).selectByVisibleText(title);
        pages.select("newForm:status", "REFLECTED");
        String summary = "심야 버스 9번 노선을 밤새 운행합니다 " + unique;
        pages.type("newForm:summary", summary);
        WebElement progress = pages.element("newForm:progress");
        progress.clear();
        progress.sendKeys("30");
        pages.clickAndAwait("newForm:record", ExpectedConditions.urlContains("/admin/outcome.xhtml"));
        pages.await(ExpectedConditions.textToBe(By.id("outcomeTitle"), title));
        pages.assertAccessible();

        // a script link and a future date are refused at their fields, and nothing is added
        pages.type("entryForm:entryBody", "잘못된 링크");
        pages.type("entryForm:links", "보도자료 | javascript:alert(1)");
        addEntry();
        assertEquals(Texts.ko("outcome.link.invalid"), pages.messageFor("entryForm:links"));
        typeDate(LocalDate.now(TopicConsole.ZONE).plusDays(2));
        pages.type("entryForm:links", "보도자료 | https://news.seoul.go.kr/traffic/archives/" + unique);
        addEntry();
        assertEquals(Texts.ko("outcome.entry.date.future", 0), pages.messageFor("entryForm:entryDate"));
        assertTrue(pages.driver().findElements(By.cssSelector("#entries > li")).isEmpty(), "nothing was added");

        // two dated entries: the decision twenty days ago, the start today
        typeDate(LocalDate.now(TopicConsole.ZONE).minusDays(20));
        pages.type("entryForm:entryBody", "부서 검토를 마치고 운행을 결정했습니다 " + unique);
        addEntry();
        assertTrue(pages.globalMessages().contains(Texts.ko("admin.outcomes.entry.added")), pages.globalMessages());
        typeDate(LocalDate.now(TopicConsole.ZONE));
        String latest = "오늘부터 시범 운행을 시작합니다 " + unique;
        pages.type("entryForm:entryBody", latest);
        addEntry();
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("timelineForm"), latest));
        List<WebElement> entries = pages.driver().findElements(By.cssSelector("#entries > li"));
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).getText().contains(latest), "newest first");
        pages.assertAccessible();

        // the participant finds it on their own page, in Korean and on a phone
        pages.anonymous().logIn(participant.email(), participant.password());
        pages.openChecked("/account?lang=ko");
        WebElement voice = pages.element("myVoice");
        pages.await(ExpectedConditions.textToBePresentInElement(voice, title));
        String mine = pages.text("myVoice");
        assertTrue(mine.contains(Texts.ko("outcome.status.REFLECTED")), mine);
        assertTrue(mine.contains(latest), mine);
        assertTrue(mine.contains("30%"), mine);
        pages.fitsAPhone("/account");

        // ... on the public tracker, found by a word and by its status, as anyone sees it
        pages.anonymous().openChecked("/outcomes?lang=ko&status=REFLECTED&words=" + unique);
        assertEquals(Texts.ko("outcome.tracker.count", 1), pages.text("trackerCount"));
        String row = pages.text("outcomes");
        assertTrue(row.contains(title), row);
        assertTrue(row.contains(Texts.ko("outcome.status.REFLECTED")), row);
        assertTrue(row.contains(latest), row);
        assertTrue(row.contains("Bureau of Journeys " + unique) || row.contains("여정시험국 " + unique), row);
        // the bureaus' record of answering ideas is on the tracker too (the same table as the idea space's)
        assertEquals(Texts.ko("idea.figures.heading"), pages.text("bureauFiguresHeading"));
        pages.fitsAPhone("/outcomes?status=REFLECTED&words=" + unique);
        pages.open("/outcomes?status=NOT_REFLECTED&words=" + unique);
        assertEquals(Texts.ko("outcome.tracker.count", 0), pages.text("trackerCount"));
        assertFalse(pages.text("main").contains(title));

        // ... and on the topic's own page, with the summary and both entries
        pages.openChecked(topicPath);
        String box = pages.text("topicOutcome");
        assertTrue(box.contains(summary), box);
        assertTrue(box.contains(latest), box);
        assertTrue(box.contains("부서 검토를 마치고 운행을 결정했습니다 " + unique), box);
        pages.fitsAPhone(topicPath);
    }

    private void addEntry() {
        WebElement form = pages.driver().findElement(By.id("entryForm"));
        pages.element("entryForm:addEntry").click();
        pages.await(Pages.replaced(form));
    }

    /** Types the day into the entry's date field with the keyboard, as an official would. */
    private void typeDate(LocalDate day) {
        WebElement field = pages.element("entryForm:entryDate");
        field.sendKeys(TYPED.format(day));
        pages.waiting()
                .withMessage(() -> "the date field holds " + field.getAttribute("value") + " after typing " + day)
                .until(d -> day.toString()
                        .equals(pages.element("entryForm:entryDate").getAttribute("value")));
    }
}
