package org.policyforum.it.journey;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policyforum.it.journey.TestPeople.Person;

/** What journeys ask of the console's member pages, as an operator does it in the browser. */
final class MemberConsole {

    private MemberConsole() {}

    /** The operator makes {@code person} an official of the bureau named with {@code unique}. */
    static void makeOfficial(Pages pages, Person person, String unique) {
        pages.openChecked("/admin/members.xhtml");
        pages.type("search:query", person.email());
        pages.clickAndAwait(
                "search:find",
                ExpectedConditions.textToBePresentInElementLocated(By.id("membersForm:members"), person.email()));
        // the search's answer may re-render the table once more after the address shows: press the row's button
        // that is there once it settles, then wait for the panel of this person
        pages.await(d -> {
            try {
                d.findElement(By.cssSelector("[id='membersForm:members'] tbody tr button"))
                        .click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                return false;
            }
        });
        pages.await(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:editPanel"), person.realName()));
        pages.driver()
                .findElement(By.cssSelector("input[name='edit:roles'][value='OFFICIAL']"))
                .click();
        new Select(pages.element("edit:bureau"))
                .getOptions().stream()
                        .filter(o -> o.getText().contains(unique))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the new bureau is not offered"))
                        .click();
        pages.clickAndAwait(
                "edit:save",
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("membersForm:members"), Texts.en("role.OFFICIAL")));
    }
}
