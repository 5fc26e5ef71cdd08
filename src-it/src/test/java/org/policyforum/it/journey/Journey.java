package org.policyforum.it.journey;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policyforum.it.Browser;
import org.policyforum.it.Deployments;

/**
 * What every browser journey shares: the forum deployed as it ships, tested from outside (as a client, over HTTP),
 * one Chromium for the class (started before its first test, quit after its last), tagged "browser". A journey
 * that needs a second person's browser registers one of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
abstract class Journey {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ArquillianResource
    URL base;

    /** The forum, with the test fixture that lets time pass for an idea (a browser cannot move the server's clock). */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withWebModule(Deployments.forum(), war -> war.addClass(IdeaTimeServlet.class));
    }
}
