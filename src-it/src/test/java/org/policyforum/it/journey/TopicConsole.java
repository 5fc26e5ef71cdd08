package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * What an operator does with topics in the admin console ({@code /admin/topics.xhtml}), in Chromium, for the topic
 * journeys: make a bureau, draft a topic, add expert briefs, move a topic through its states. Every page and panel
 * it shows is checked with axe. The browser must be logged in as the operator.
 */
final class TopicConsole {

    /** The organisation's time zone as the seed sets it; the console's date fields take local times there. */
    static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    /** The keys typed into a datetime-local field of an en-US browser. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy'\t'hhmma", Locale.US);

    /** What a datetime-local field holds and sends. */
    static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Pages pages;

    TopicConsole(Pages pages) {
        this.pages = pages;
    }

    /** A new bureau named after {@code unique}; returns its English name (what the English console shows). */
    String newBureau(String unique) {
        String nameEn = "Bureau of Journeys " + unique;
        pages.openChecked("/admin/bureaus.xhtml");
        pages.type("bureau:nameKo", "여정시험국 " + unique).type("bureau:nameEn", nameEn);
        pages.clickAndAwait(
                "bureau:save", ExpectedConditions.textToBePresentInElementLocated(By.id("list:bureaus"), nameEn));
        return nameEn;
    }

    /**
     * Drafts a topic through the topic form: opens tomorrow, closes in ten days (organisation time). Waits until the
     * list shows it as a draft.
     */
    void draft(String forum, String title, String summary, String background, String bureauEn) {
        LocalDateTime now = LocalDateTime.now(ZONE).withSecond(0).withNano(0);
        pages.openChecked("/admin/topics.xhtml");
        pages.select("topic:forum", forum);
        pages.type("topic:title", title).type("topic:summary", summary).type("topic:background", background);
        new Select(pages.element("topic:bureau")).selectByVisibleText(bureauEn);
        typeDate("topic:opensAt", now.plusDays(1));
        typeDate("topic:closesAt", now.plusDays(10));
        WebElement messages = pages.driver().findElement(By.id("messages"));
        pages.clickAndAwait("topic:save", Pages.replaced(messages));
        assertTrue(
                pages.globalMessages().contains(Texts.en("admin.topics.saved")),
                () -> "the topic was not saved: " + pages.fieldMessages() + " " + pages.globalMessages());
        pages.assertAccessible();
        assertState(title, "DRAFT");
        // the typed times were stored as typed (the old picker stored today 00:00 instead)
        WebElement form = pages.driver().findElement(By.id("topic"));
        pressRowButton(title, Texts.en("common.edit"));
        pages.await(Pages.replaced(form));
        assertEquals(
                SENT.format(now.plusDays(1)), pages.element("topic:opensAt").getAttribute("value"));
        assertEquals(
                SENT.format(now.plusDays(10)), pages.element("topic:closesAt").getAttribute("value"));
        pages.clickAndAwait("topic:cancel", Pages.replaced(pages.driver().findElement(By.id("topic"))));
    }

    /**
     * Types a date and time into a console date field with the keyboard, as an official would: the browser's own
     * datetime-local field in the en-US layout the browser is started with (month, day, year, Tab, hour, minute,
     * AM/PM). The field then holds the ISO local date-time the form sends.
     */
    void typeDate(String inputId, LocalDateTime at) {
        pages.element(inputId).sendKeys(TYPED.format(at));
        pages.waiting()
                .withMessage(() ->
                        inputId + " holds \"" + pages.element(inputId).getAttribute("value") + "\" after typing " + at)
                .until(d -> SENT.format(at).equals(pages.element(inputId).getAttribute("value")));
    }

    /** Opens the experts' opinions panel of the topic and adds one brief as the operator (on the expert's behalf). */
    void addBrief(String topicTitle, String stance, String expertName, String affiliation, String title, String body) {
        if (!pages.isShown("brief:add")
                || !pages.driver().findElement(By.id("brief")).getText().contains(topicTitle)) {
            pressRowButton(topicTitle, Texts.en("admin.topics.briefs"));
            pages.element("brief:add");
            pages.assertAccessible();
        }
        pages.driver()
                .findElement(By.cssSelector("input[name='brief:stance'][value='" + stance + "']"))
                .click();
        pages.type("brief:expertName", expertName)
                .type("brief:affiliation", affiliation)
                .type("brief:title", title)
                .type("brief:body", body);
        pages.clickAndAwait(
                "brief:add",
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("brief"), Texts.en("stance." + stance) + " · " + expertName + " · " + title));
        assertTrue(pages.globalMessages().contains(Texts.en("admin.topics.brief.saved")), pages.globalMessages());
    }

    /** Presses one of the row's state buttons and checks that the row then shows {@code newState}. */
    void move(String topicTitle, String buttonKey, String newState) {
        WebElement messages = pages.driver().findElement(By.id("messages"));
        pressRowButton(topicTitle, Texts.en(buttonKey));
        if (CONFIRMED_MOVES.contains(buttonKey)) {
            // a move the public sees at once asks first; nothing happens until the operator says yes
            WebElement yes =
                    pages.await(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
            String question = pages.driver()
                    .findElement(By.cssSelector(".ui-confirm-dialog-message"))
                    .getText();
            assertTrue(question.contains(topicTitle), question);
            assertState(topicTitle, stateBefore(buttonKey));
            yes.click();
        }
        pages.await(Pages.replaced(messages));
        assertTrue(pages.globalMessages().contains(Texts.en("admin.topics.moved")), pages.globalMessages());
        assertState(topicTitle, newState);
    }

    private static final java.util.Set<String> CONFIRMED_MOVES =
            java.util.Set.of("admin.topics.open", "admin.topics.openAndSend", "admin.topics.close");

    /**
     * Marks the closed topic answered through the console's answer form: an empty answer is refused at its field and
     * the topic stays closed; with {@code text} and the form's date (today) the answer is published.
     */
    void answer(String topicTitle, String text) {
        pressRowButton(topicTitle, Texts.en("admin.topics.answered"));
        pages.await(ExpectedConditions.visibilityOfElementLocated(By.id("answerForm:answer")));
        assertEquals(
                "date",
                pages.element("answerForm:answeredOn").getAttribute("type"),
                "the browser's own date field (typed dates work)");
        pages.assertAccessible();
        publishConfirmed(topicTitle);
        assertEquals(Texts.en("topic.answer.required"), pages.messageFor("answerForm:answer"));
        assertState(topicTitle, "CLOSED");
        pages.type("answerForm:answer", text);
        publishConfirmed(topicTitle);
        assertTrue(pages.globalMessages().contains(Texts.en("admin.topics.answer.saved")), pages.globalMessages());
        assertState(topicTitle, "ANSWERED");
    }

    private void publishConfirmed(String topicTitle) {
        WebElement form = pages.driver().findElement(By.id("answerForm"));
        pages.element("answerForm:publish").click();
        WebElement yes = pages.await(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        String question = pages.driver()
                .findElement(By.cssSelector(".ui-confirm-dialog-message"))
                .getText();
        assertTrue(question.contains(topicTitle), question);
        yes.click();
        pages.await(Pages.replaced(form));
    }

    private static String stateBefore(String buttonKey) {
        return switch (buttonKey) {
            case "admin.topics.close" -> "OPEN";
            default -> "SCHEDULED";
        };
    }

    /** Drafts, schedules and opens a topic at once; the operator must be logged in. */
    void openNewTopic(String forum, String title, String summary, String bureauEn) {
        draft(forum, title, summary, "<p>Background of " + title + "</p>", bureauEn);
        move(title, "admin.topics.schedule", "SCHEDULED");
        move(title, "admin.topics.open", "OPEN");
    }

    void assertState(String topicTitle, String state) {
        WebElement row = locate(topicTitle);
        assertEquals(
                Texts.en("topic.state." + state),
                row.findElement(By.cssSelector(".topic-state")).getText().strip(),
                row::getText);
    }

    private void pressRowButton(String topicTitle, String label) {
        WebElement row = locate(topicTitle);
        List<WebElement> buttons = row.findElements(By.xpath(".//button[normalize-space(.)=\"" + label + "\"]"));
        if (buttons.isEmpty()) {
            throw new AssertionError("no button " + label + " in the row of " + topicTitle + ": " + row.getText());
        }
        buttons.get(0).click();
    }

    /**
     * The list's row of the topic: on the page shown, else on the first page or one after it (newest opening first,
     * and other classes of the run add topics too).
     */
    WebElement locate(String topicTitle) {
        Optional<WebElement> shown = row(topicTitle);
        if (shown.isPresent()) {
            return shown.get();
        }
        pages.open("/admin/topics.xhtml");
        for (int page = 1; page <= 20; page++) {
            Optional<WebElement> found = row(topicTitle);
            if (found.isPresent()) {
                return found.get();
            }
            List<WebElement> next =
                    pages.driver().findElements(By.cssSelector("[id='topicsForm:topics'] .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                break;
            }
            WebElement firstRow = pages.driver().findElement(By.cssSelector("[id='topicsForm:topics'] tbody tr"));
            next.get(0).click();
            pages.await(Pages.replaced(firstRow));
        }
        throw new AssertionError("no topic " + topicTitle + " in the console's list");
    }

    /** The list's row of the topic on the page shown. */
    Optional<WebElement> row(String topicTitle) {
        return pages.driver().findElements(By.cssSelector("[id='topicsForm:topics'] tbody tr")).stream()
                .filter(r -> r.getText().contains(topicTitle))
                .findFirst();
    }

    /** The operator makes {@code person} an official of the bureau named with {@code unique}. */
    void makeOfficial(Person person, String unique) {
        grant(person, "OFFICIAL", unique);
    }

    /**
     * The operator gives {@code person} the {@code role} on the members page, and the bureau named with
     * {@code bureauUnique} unless that is null.
     */
    void grant(Person person, String role, String bureauUnique) {
        pages.openChecked("/admin/members.xhtml");
        pages.type("search:query", person.email());
        pages.clickAndAwait(
                "search:find",
                ExpectedConditions.textToBePresentInElementLocated(By.id("membersForm:members"), person.email()));
        // the search's answer may re-render the table once more after the address shows: press the row's button
        // that is there once it settles, then wait for the panel of this person
        pages.pressSettled(By.cssSelector("[id='membersForm:members'] tbody tr button"));
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:editPanel"), person.realName()));
        pages.driver()
                .findElement(By.cssSelector("input[name='edit:roles'][value='" + role + "']"))
                .click();
        if (bureauUnique != null) {
            new Select(pages.element("edit:bureau"))
                    .getOptions().stream()
                            .filter(o -> o.getText().contains(bureauUnique))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("the new bureau is not offered"))
                            .click();
        }
        pages.clickAndAwait(
                "edit:save",
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("membersForm:members"), Texts.en("role." + role)));
    }

    /**
     * A citizen's step the topic journeys share: logs {@code author} in and posts a PRO opinion on the topic (found on
     * the forum page when {@code topicPath} is null); returns the topic's path.
     */
    String postOpinion(Person author, String title, String text, String topicPath) {
        pages.anonymous().logIn(author.email(), author.password());
        String path = topicPath;
        if (path == null) {
            pages.openChecked("/forum");
            pages.driver().findElement(By.linkText(title)).click();
            pages.await(ExpectedConditions.textToBe(By.id("topicTitle"), title));
            path = WebClient.pathOf(pages.driver().getCurrentUrl()).replaceAll(";jsessionid=[^?]*", "");
        } else {
            pages.open(path);
        }
        pages.driver()
                .findElement(By.cssSelector("input[name='opinion:stance'][value='PRO']"))
                .click();
        pages.type("opinion:body", text).submit("opinion:post");
        // the answer appears at the opinion form, where the member acted
        assertTrue(pages.text("opinion").contains(Texts.en("opinion.posted")), () -> pages.text("opinion"));
        return path;
    }

    /** The opinion on the open topic page whose text has {@code unique}. */
    static WebElement opinionItem(Pages pages, String unique) {
        return pages.await(d -> d.findElements(By.cssSelector("ul.opinions > li.opinion")).stream()
                .filter(li -> li.getAttribute("textContent").contains(unique))
                .findFirst()
                .orElse(null));
    }

    /** Opens the comments of that opinion, if they are not open yet. */
    static void openComments(Pages pages, String unique) {
        WebElement details = opinionItem(pages, unique).findElement(By.cssSelector("details.comments"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        pages.await(d -> opinionItem(pages, unique)
                        .findElement(By.cssSelector("details.comments"))
                        .getAttribute("open")
                != null);
    }
}
