package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policyforum.it.journey.TestPeople.Person;

/**
 * An official of a topic's bureau opens its dashboard from the console, in Korean: the participation chart and the
 * same figures as a table, and the breakdowns where the one participant's group reads "fewer than 5" instead of a
 * number. Checked with axe, also on a 360 px phone.
 */
class DashboardJourneyIT extends Journey {

    @Test
    void anOfficialReadsTheTopicDashboardWithSmallGroupsHidden() {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        Operator operator = Operator.ensure(pages);
        String unique = TestPeople.unique();
        String title = "야간 도서관 " + unique;
        pages.anonymous().logIn(operator.email, operator.password);
        TopicConsole console = new TopicConsole(pages);
        console.openNewTopic("MAIN", title, "도서관을 밤에도 열까요?", console.newBureau(unique));
        Person official = TestPeople.confirmedMember(base, "dashboard-official", 1975);
        console.makeOfficial(official, unique);
        Person citizen = TestPeople.confirmedMember(base, "dashboard-citizen", 1990);
        console.postOpinion(citizen, title, "밤에도 열면 좋겠습니다 " + unique, null);

        // the official finds the topic in the console and follows its dashboard link
        pages.anonymous().logIn(official.email(), official.password());
        pages.open("/admin/topics.xhtml?lang=ko");
        WebElement row = new TopicConsole(pages).locate(title);
        row.findElement(By.cssSelector("a.dashboard-link")).click();
        pages.await(ExpectedConditions.presenceOfElementLocated(By.id("dashboardTitle")));
        assertEquals(Texts.ko("admin.dashboard.heading", title), pages.heading());
        String dashboard = WebClient.pathOf(pages.driver().getCurrentUrl()).replaceAll(";jsessionid=[^?]*", "");

        // the chart and the same figures as a table: one day, one opinion
        pages.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='chart'] canvas")));
        List<WebElement> days = pages.driver().findElements(By.cssSelector("#days tbody tr"));
        assertEquals(1, days.size());
        assertEquals(
                "1", days.get(0).findElements(By.tagName("td")).get(0).getText().strip());
        assertEquals("1", pages.text("participants"));
        // one person: their group shows no number, in both breakdowns
        String fewer = Texts.ko("admin.polls.fewerThan", 5);
        for (String table : List.of("stances-AGE", "people-AGE", "people-DISTRICT")) {
            String text = pages.driver()
                    .findElement(By.cssSelector("[id$='" + table + "'] tbody"))
                    .getText();
            assertTrue(text.contains(fewer), () -> table + ": " + text);
            assertTrue(!text.matches("(?s).*\\b1\\b.*"), () -> table + " shows the one person: " + text);
        }
        assertTrue(pages.text("suppressedNote").contains("5"), pages.text("suppressedNote"));
        pages.assertAccessible();
        pages.fitsAPhone(dashboard);
    }
}
