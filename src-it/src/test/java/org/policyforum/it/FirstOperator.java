package org.policyforum.it;

import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyforum.member.boundary.OperatorSetup;

/**
 * The run's first operator, made the one way the forum allows: through the one-time set-up link that every start and
 * deployment prints to the server log while no operator exists. Whichever test needs an operator first makes it: a
 * browser journey through the set-up page, an in-container test (before it grants OPERATOR by SQL) through the
 * boundary. Both use these credentials, so later tests of either kind find the account, whatever the class order.
 */
public final class FirstOperator {

    public static final String NAME = "한운영";
    public static final String EMAIL = "first-operator@it.policy-forum.test";
    public static final String PASSWORD = "Quiet-Walnut-Harbour-47";

    private static final Pattern SETUP_TOKEN = Pattern.compile("/setup\\?token=([^\\s\"'<>&]+)");

    private FirstOperator() {}

    /**
     * In-container: makes the first operator through the newest set-up link unless an operator exists already. Fails
     * when none exists and the log holds no usable link.
     */
    public static void ensureInContainer() {
        OperatorSetup setup = CDI.current().select(OperatorSetup.class).get();
        if (setup.hasOperator()) {
            return;
        }
        String token = newestSetupToken(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        if (token == null || !setup.isSetupLinkUsable(token)) {
            throw new AssertionError("no operator yet and no usable set-up link in the server log");
        }
        setup.createFirstOperator(token, NAME, EMAIL, PASSWORD, Locale.KOREAN);
    }

    /** The token of the set-up link the server printed last, or null. */
    public static String newestSetupToken(Path serverLog) {
        String log;
        try {
            log = new String(Files.readAllBytes(serverLog), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server log " + serverLog, e);
        }
        Matcher m = SETUP_TOKEN.matcher(log);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
