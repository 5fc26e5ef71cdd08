package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A developer finds the API reference from the footer and reads it: Swagger UI, self-hosted, renders the server's
 * OpenAPI document under the site's policy (no inline script: it renders only if every script it needs was allowed),
 * opens an operation and tries a read. Checked with axe, also on a 360 px phone.
 */
class ApiDocsJourneyIT extends Journey {

    @Test
    void aDeveloperReadsTheApiReferenceAndTriesARead() throws Exception {
        Pages pages = new Pages(browser, base);
        browser.desktop();
        pages.open("/privacy?lang=en");
        pages.driver().findElement(By.linkText(Texts.en("footer.api"))).click();
        assertEquals(Texts.en("apiDocs.title"), pages.heading());

        List<WebElement> operations = pages.await(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#apiReference .opblock"), 10));
        assertTrue(
                operations.stream().anyMatch(o -> o.getText().contains("/api/v1/topics/{id}/opinions")),
                "the opinions' read is listed");
        pages.assertAccessible();

        WebElement topics = operations.stream()
                .filter(o ->
                        o.getText().contains("/api/v1/topics") && o.getText().contains("List the public topics"))
                .findFirst()
                .orElseThrow();
        topics.findElement(By.cssSelector(".opblock-summary-control")).click();
        pages.await(ExpectedConditions.elementToBeClickable(By.cssSelector("#apiReference .try-out__btn")))
                .click();
        pages.await(ExpectedConditions.elementToBeClickable(By.cssSelector("#apiReference .execute")))
                .click();
        WebElement status = pages.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#apiReference .live-responses-table tbody .response-col_status")));
        assertEquals("200", status.getText().strip());
        pages.assertAccessible();

        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = String.join("; ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(policy.contains("script-src"), policy);
        assertFalse(policy.contains("unsafe-inline'") && policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        assertFalse(page.body().contains("<script>"), "no inline script");
        pages.fitsAPhone("/api-docs?lang=ko");
    }
}
