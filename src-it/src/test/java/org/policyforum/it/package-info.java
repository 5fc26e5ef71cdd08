/**
 * Integration tests of the Policy Forum and the helpers they share.
 *
 * <p>Every {@code *IT} deploys the real EAR ({@code forum-ear/target/policy-forum.ear}) to a WildFly that the build
 * provisions into {@code src-it/target/server}; Arquillian starts that server once per run and redeploys the EAR per
 * test class, so prefer a few test classes with several methods over many small classes.
 *
 * <ul>
 *   <li>{@link org.policyforum.it.Deployments} builds the deployment: {@code Deployments.forum()} for client-side
 *       tests, {@code Deployments.forum(MyIT.class)} for in-container tests.</li>
 *   <li>{@link org.policyforum.it.MailCatcher} reads what the server sent through the run's SMTP catcher
 *       (GreenMail, started once per test JVM by {@link org.policyforum.it.MailServer}); it works client-side and
 *       in-container because it reads over IMAP.</li>
 *   <li>{@link org.policyforum.it.Browser} drives headless Chromium and checks accessibility and phone layout.</li>
 *   <li>{@link org.policyforum.it.ResidentNumberScanner} finds resident registration numbers in text, files and
 *       database tables.</li>
 * </ul>
 *
 * <p>Classes here that an in-container test may use ({@code MailCatcher}, {@code ResidentNumberScanner}) must stay
 * free of test-JVM-only libraries (Selenium, GreenMail, ShrinkWrap): they are copied into the WAR.
 */
package org.policyforum.it;
