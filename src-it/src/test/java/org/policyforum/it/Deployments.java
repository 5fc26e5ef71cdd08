package org.policyforum.it;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.policyforum.it.clock.TestClock;
import org.policyforum.it.security.Identities;

/**
 * The deployments of the integration tests: always the EAR the build produced, so the tests see exactly what a city
 * installs.
 */
public final class Deployments {

    /** Name of the EAR; Arquillian deploys it under this runtime name. */
    public static final String EAR_NAME = "policy-forum.ear";
    /** The web module inside the EAR (context root {@code /}). */
    public static final String WEB_MODULE = "forum-web.war";
    /** Folder of the web module that {@link #forumWithWebResources} fills. */
    public static final String FIXTURE_PATH = "it-fixtures";

    /**
     * Helpers that in-container tests may call. They go into the WAR with the test class because a test class in
     * the EAR's lib/ is not found by the Arquillian runner in the WAR, while classes in the WAR see the EJB modules
     * (WildFly does not isolate EAR sub-deployments).
     */
    private static final List<Class<?>> IN_CONTAINER_HELPERS = List.of(
            MailCatcher.class,
            ResidentNumberScanner.class,
            Identities.class,
            Identities.ThrowingRunnable.class,
            Fixtures.class,
            FirstOperator.class,
            HtmlForms.class,
            NoScriptBrowser.class,
            Rows.class,
            Parallel.class);

    private Deployments() {}

    /** The EAR as built; for {@code @Deployment(testable = false)} (client-side and browser tests). */
    public static EnterpriseArchive forum() {
        File ear = earFile();
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The EAR with {@code testClass} (and the in-container helpers) in the web module; for in-container tests and
     * for test classes that mix in-container and {@code @RunAsClient} methods.
     */
    public static EnterpriseArchive forum(Class<?> testClass, Class<?>... moreClasses) {
        EnterpriseArchive ear = forum();
        // the movable clock replaces the forum's for every module, so it goes where they all see it
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-clock.jar")
                .addPackage(TestClock.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        return withWebModule(ear, war -> {
            war.addClass(testClass);
            war.addClasses(moreClasses);
            IN_CONTAINER_HELPERS.forEach(war::addClass);
            // lets tests act as a given member (org.policyforum.it.security.Identities); the forum itself never asks
            war.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: " + Identities.MODULE + "\n"));
        });
    }

    /**
     * The EAR with extra static files from the test class path (e.g. {@code "it-fixtures/page.html"}) served under
     * {@code /it-fixtures/<file name>}; for tests of the test tooling itself.
     */
    public static EnterpriseArchive forumWithWebResources(String... classpathResources) {
        return withWebModule(forum(), war -> {
            for (String resource : classpathResources) {
                String fileName = resource.substring(resource.lastIndexOf('/') + 1);
                war.addAsWebResource(resource, FIXTURE_PATH + "/" + fileName);
            }
        });
    }

    /**
     * Changes the web module of {@code ear}. The imported EAR holds the WAR as opaque bytes, so the WAR is imported,
     * changed and put back under the same name (application.xml refers to it by that name).
     */
    public static EnterpriseArchive withWebModule(EnterpriseArchive ear, Consumer<WebArchive> change) {
        ArchivePath path = ArchivePaths.create(WEB_MODULE);
        if (!ear.contains(path)) {
            throw new IllegalStateException(EAR_NAME + " has no " + WEB_MODULE + "; did the EAR layout change?");
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(path).getAsset().openStream())
                .as(WebArchive.class);
        change.accept(war);
        ear.delete(path);
        ear.addAsModule(war);
        return ear;
    }

    private static File earFile() {
        String configured = System.getProperty("it.forum.ear", "../forum-ear/target/" + EAR_NAME);
        File ear = new File(configured).getAbsoluteFile();
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear
                    + ": build it first, e.g. `mvn verify` from the project root or `mvn verify -pl src-it -am`");
        }
        return ear;
    }
}
