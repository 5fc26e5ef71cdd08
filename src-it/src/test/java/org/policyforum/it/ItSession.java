package org.policyforum.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares a Failsafe run before the first test class starts the server: checks the port settings and starts the
 * mail catcher, so that mail the server sends at any time (timers) has somewhere to go.
 *
 * <p>Registered in META-INF/services. Only Failsafe sets {@code it.session}; under Surefire (unit tests) nothing
 * happens.
 */
public final class ItSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"failsafe".equals(System.getProperty("it.session"))) {
            return;
        }
        checkPorts();
        MailServer.start();
    }

    private static void checkPorts() {
        int offset = Integer.getInteger("it.port.offset", 0);
        int management = Integer.getInteger("it.management.port", 9990);
        if (management != 9990 + offset) {
            throw new IllegalStateException("it.management.port=" + management + " does not match it.port.offset="
                    + offset + ": set -Dit.management.port=" + (9990 + offset));
        }
    }
}
