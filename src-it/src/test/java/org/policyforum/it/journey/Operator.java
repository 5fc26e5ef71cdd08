package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The run's one operator. The forum has no default operator: while none exists, every start (and every deployment)
 * prints a one-time set-up link to the server log. The first journey that needs an operator opens the newest link in
 * Chromium and creates the account; the credentials stay here for later journeys of the same run (one Failsafe JVM).
 */
final class Operator {

    static final String NAME = "한운영";

    private static Operator created;

    final String name;
    final String email;
    final String password;

    private Operator(String name, String email, String password) {
        this.name = name;
        this.email = email;
        this.password = password;
    }

    /**
     * The operator, created through the set-up link if this run has none yet. Leaves the browser logged out (on the
     * set-up page) when it creates one; checks the set-up page with axe.
     */
    static synchronized Operator ensure(Pages pages) {
        if (created != null) {
            return created;
        }
        String link = ServerLog.newestSetupLink()
                .orElseThrow(() -> new AssertionError("the server log " + ServerLog.file()
                        + " has no set-up link: an operator already exists in this run's"
                        + " database that Operator did not create (a test that makes operators must use Operator)"));
        pages.anonymous().openChecked(WebClient.pathOf(link));
        if (!pages.isShown("setup:submit")) {
            throw new AssertionError("the newest set-up link in " + ServerLog.file() + " is not usable ("
                    + pages.text("main") + "): an operator exists that Operator did not create");
        }
        Operator operator = new Operator(NAME, TestPeople.email("operator"), TestPeople.strongPassword());
        pages.type("setup:realName", operator.name)
                .type("setup:email", operator.email)
                .type("setup:password", operator.password)
                .submit("setup:submit");
        assertEquals(
                Texts.en("setup.done") + " " + Texts.en("nav.login"),
                pages.text("setupDone"),
                () -> pages.fieldMessages().toString());
        pages.assertAccessible();
        created = operator;
        return operator;
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
