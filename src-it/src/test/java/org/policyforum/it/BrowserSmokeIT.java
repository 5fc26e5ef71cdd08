package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser checks themselves, on fixed pages deployed with the EAR: each check must pass a good page and fail a
 * bad one, or a green journey proves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class BrowserSmokeIT {

    private static final String GOOD = "/" + Deployments.FIXTURE_PATH + "/accessible.html";
    private static final String INACCESSIBLE = "/" + Deployments.FIXTURE_PATH + "/inaccessible.html";
    private static final String TOO_WIDE = "/" + Deployments.FIXTURE_PATH + "/too-wide.html";

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.forumWithWebResources(
                "it-fixtures/accessible.html", "it-fixtures/inaccessible.html", "it-fixtures/too-wide.html");
    }

    @AfterEach
    void backToDesktop() {
        browser.desktop();
    }

    @Test
    void goodPagePassesAxe() {
        browser.open(base, GOOD);
        browser.assertAccessible();
    }

    @Test
    void inaccessiblePageFailsAxeNamingEachRule() {
        browser.open(base, INACCESSIBLE);

        AssertionError failure = assertThrows(AssertionError.class, browser::assertAccessible);

        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("image-alt"), message),
                () -> assertTrue(message.contains("html-has-lang"), message),
                () -> assertTrue(message.contains("label"), message));
    }

    @Test
    void goodPageFitsAPhone() {
        browser.phone().open(base, GOOD);
        browser.assertNoHorizontalScroll();
    }

    @Test
    void aButtonSmallerThanAThumbFailsOnAPhone() {
        // the good page's search button has the browser's default size, about 40 x 21 px
        browser.phone().open(base, GOOD);

        AssertionError failure = assertThrows(AssertionError.class, browser::assertThumbSizedTargets);

        assertTrue(failure.getMessage().contains("\"검색\""), failure.getMessage());
    }

    @Test
    void tooWidePageFailsOnAPhone() {
        browser.phone().open(base, TOO_WIDE);

        AssertionError failure = assertThrows(AssertionError.class, browser::assertNoHorizontalScroll);

        assertTrue(failure.getMessage().contains("scrolls sideways"), failure.getMessage());
    }

    @Test
    void pageWithoutViewportMetaFailsOnAPhone() {
        browser.phone().open(base, INACCESSIBLE);

        AssertionError failure = assertThrows(AssertionError.class, browser::assertNoHorizontalScroll);

        assertTrue(failure.getMessage().contains("viewport"), failure.getMessage());
    }

    @Test
    void tooWidePageIsFineOnTheDesktop() {
        browser.desktop().open(base, TOO_WIDE);
        browser.assertNoHorizontalScroll();
    }
}
