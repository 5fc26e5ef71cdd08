package org.policyforum.it.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.policyforum.it.FirstOperator;

/**
 * The run's one operator ({@link FirstOperator}). The forum has no default operator: while none exists, every start
 * (and every deployment) prints a one-time set-up link to the server log. The first journey that needs an operator
 * opens the newest link in Chromium and creates the account, unless an in-container test made it already through the
 * same link (with the same credentials).
 */
final class Operator {

    static final String NAME = FirstOperator.NAME;

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
     * The operator, created through the set-up link if the forum has none yet. Leaves the browser logged out (on the
     * set-up page) when it creates one; checks the set-up page with axe.
     */
    static synchronized Operator ensure(Pages pages) {
        if (created != null) {
            return created;
        }
        Operator operator = new Operator(FirstOperator.NAME, FirstOperator.EMAIL, FirstOperator.PASSWORD);
        String link = ServerLog.newestSetupPath().orElse(null);
        if (link != null) {
            pages.anonymous().openChecked(link);
        }
        if (link == null || !pages.isShown("setup:submit")) {
            // no usable link: an operator exists, and the only one a test may make is FirstOperator (its log-in in
            // the journey fails otherwise)
            created = operator;
            return operator;
        }
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
