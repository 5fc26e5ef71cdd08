package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An operator opens the site overview from the console's home page, in Korean: the members' figures, the chart of
 * the last 24 months and the same figures as a table with a line for each month, the mail and bureau tables. Checked
 * with axe, also on a 360 px phone.
 */
class SiteOverviewJourneyIT extends Journey {

    @Test
    void anOperatorOpensTheSiteOverviewFromTheConsole() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Operator operator = Operator.ensure(pages);
        pages.anonymous().logIn(operator.email, operator.password);
        pages.open("/admin/index.xhtml?lang=ko");
        pages.driver().findElement(By.cssSelector("a[id$='analyticsLink']")).click();
        pages.await(ExpectedConditions.presenceOfElementLocated(By.id("analyticsTitle")));
        assertEquals(Texts.ko("admin.analytics.title"), pages.heading());

        pages.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='chart'] canvas")));
        List<WebElement> months = pages.driver().findElements(By.cssSelector("#months tbody tr"));
        assertEquals(24, months.size());
        // this month last, in the organisation's calendar and the reader's language
        String thisMonth =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul")).getMonthValue() + "월";
        assertTrue(months.get(23).getText().contains(thisMonth), months.get(23).getText());
        // a count of people is a number or, for a small group, words: never empty
        assertTrue(!pages.text("membersTotal").isBlank());
        assertEquals(
                7,
                pages.driver().findElements(By.cssSelector("#bureaus thead th")).size());
        assertTrue(pages.text("suppressedNote").contains("5"), pages.text("suppressedNote"));
        pages.assertAccessible();
        pages.fitsAPhone("/admin/analytics.xhtml");
    }
}
