package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * A participation survey in Korean: an operator makes a three-question survey in the console (a survey without a
 * title is refused at the field first), two members answer it from their list, and the operator reads the results
 * as charts and tables. Pages are checked with axe, and on a phone.
 */
class SurveyJourneyIT extends Journey {

    @Test
    void anOperatorRunsASurveyThatMembersAnswerAndSeesItsResults() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Operator operator = Operator.ensure(pages);
        Person first = TestPeople.confirmedMember(base, "survey-a", 1990);
        Person second = TestPeople.confirmedMember(base, "survey-b", 1970);
        String title = "포럼 참여 설문 " + TestPeople.unique();

        pages.anonymous().logIn(operator.email, operator.password);
        pages.open("/admin/surveys.xhtml?lang=ko");
        assertEquals(Texts.ko("admin.nav.surveys"), pages.heading());
        pages.assertAccessible();
        question(pages, 0, "SINGLE_CHOICE", "토론에 의견을 써 보셨나요?", "예\n아니요");
        question(pages, 1, "SCALE_1_5", "포럼에 얼마나 만족하십니까?", null);
        question(pages, 2, "FREE_TEXT", "하고 싶은 말씀", null);
        // no title: refused beside the field, nothing stored
        pages.clickAndAwait(
                "editor:save", d -> pages.messageFor("editor:title").equals(Texts.ko("survey.title.required")));
        pages.type("editor:title", title);
        pages.clickAndAwait("editor:save", d -> pages.globalMessages().contains(Texts.ko("admin.surveys.saved")));
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("list:surveys"), title));
        pages.assertAccessible();
        pages.fitsAPhone("/admin/surveys.xhtml");
        // announced by mail once: the button gives way to a link to the campaign console
        pages.open("/admin/surveys.xhtml?lang=ko");
        WebElement announceRow = pages.driver().findElement(By.xpath("//tr[td[contains(., '" + title + "')]]"));
        announceRow
                .findElement(By.xpath(".//button[contains(@id, ':announce')]"))
                .click();
        pages.await(d -> pages.globalMessages()
                .contains(Texts.ko("admin.surveys.announceDone", "").substring(0, 10)));
        pages.await(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[td[contains(., '" + title + "')]]//a[text()='" + Texts.ko("admin.surveys.announced") + "']")));
        pages.assertAccessible();

        // the member's home page invites them to the survey, on a desktop and on a phone
        pages.anonymous().logIn(first.email(), first.password());
        pages.open("/?lang=ko");
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("surveyInvite"), title));
        pages.assertAccessible();
        pages.browser().phone();
        pages.browser().assertFitsThePhone();
        pages.browser().desktop();

        answer(pages, first, title, 1, "3", "청년 정책을 더 다뤄 주세요");
        answer(pages, second, title, 2, "5", null);

        pages.anonymous().logIn(operator.email, operator.password);
        pages.open("/admin/surveys.xhtml?lang=ko");
        WebElement row = pages.driver().findElement(By.xpath("//tr[td[contains(., '" + title + "')]]"));
        row.findElement(By.linkText(Texts.ko("admin.surveys.results"))).click();
        pages.await(ExpectedConditions.textToBe(By.id("responses"), "2"));
        pages.assertAccessible();
        String counts = pages.text("counts:table");
        assertTrue(counts.contains("예") && counts.contains("아니요"), counts);
        assertTrue(pages.driver().getPageSource().contains("청년 정책을 더 다뤄 주세요"), "the free text is shown");
        assertTrue(
                pages.text("breakdown:rows").contains(Texts.ko("admin.polls.fewerThan", 5)),
                "two people: every breakdown cell is suppressed");
        assertEquals(
                2, pages.driver().findElements(By.cssSelector("canvas")).size(), "a chart for each counted question");
        pages.fitsAPhone(pages.path());
    }

    private static void question(Pages pages, int row, String kind, String text, String choices) {
        String prefix = "editor:questionRows:" + row + ":";
        new Select(pages.element(prefix + "kind")).selectByValue(kind);
        pages.type(prefix + "text", text);
        if (choices != null) {
            pages.type(prefix + "choices", choices);
        }
    }

    private static void answer(Pages pages, Person member, String title, int choice, String scale, String text) {
        pages.anonymous().logIn(member.email(), member.password());
        pages.open("/account?lang=ko");
        pages.element("surveysLink").click();
        pages.await(ExpectedConditions.textToBe(By.cssSelector("main h1"), Texts.ko("survey.list")));
        pages.assertAccessible();
        pages.driver().findElement(By.linkText(title)).click();
        pages.await(ExpectedConditions.textToBe(By.id("surveyTitle"), title));
        pages.assertAccessible();
        pages.driver()
                .findElements(By.cssSelector("input[name='answers:rows:0:single']"))
                .get(choice - 1)
                .click();
        pages.driver()
                .findElement(By.cssSelector("input[name='answers:rows:1:scale'][value='" + scale + "']"))
                .click();
        if (text != null) {
            pages.type("answers:rows:2:text", text);
        }
        pages.submit("answers:submit");
        assertTrue(
                pages.globalMessages().contains(Texts.ko("survey.submitted")),
                () -> pages.globalMessages() + " " + pages.fieldMessages());
        pages.assertAccessible();
        pages.browser().phone();
        pages.browser().assertFitsThePhone();
        pages.browser().desktop();
    }
}
