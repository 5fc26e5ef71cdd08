package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The citizens' home page as an anonymous visitor meets it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.forum();
    }

    @Test
    void homePageAnswersWithHtml() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), () -> "GET " + request.uri() + " answered:\n" + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                () -> "Content-Type " + response.headers().firstValue("Content-Type"));
    }

    @Test
    @Tag("browser")
    void homePageIsAccessible() {
        browser.desktop().open(base, "/");
        browser.assertAccessible();
    }

    @Test
    @Tag("browser")
    void homePageFitsAPhone() {
        browser.phone().open(base, "/");
        browser.assertNoHorizontalScroll();
    }
}
