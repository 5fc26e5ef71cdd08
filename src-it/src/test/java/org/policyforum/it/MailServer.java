package org.policyforum.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The run's mail catcher: one GreenMail in the test JVM, SMTP for the server to send to and IMAP for
 * {@link MailCatcher} to read from.
 *
 * <p>It lives in the test JVM rather than as a separate process so that nothing outlives the build when Maven is
 * interrupted. It speaks real SMTP and IMAP on 127.0.0.1, so the WildFly child process (and in-container tests)
 * reach it like any mail server.
 */
public final class MailServer {

    private static GreenMail greenMail;

    private MailServer() {}

    /**
     * Stops the catcher, as an SMTP server that goes down; {@link #start()} brings up a fresh one on the same ports.
     */
    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Whether the catcher's SMTP port takes a connection now (what the forum's sender would find). */
    public static boolean accepting() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(
                    new java.net.InetSocketAddress(MailCatcher.HOST, MailCatcher.port("it.smtp.port", 3025)), 2_000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }

    /** Every message the catcher received since it (last) started; client-side tests only (same JVM). */
    public static synchronized jakarta.mail.internet.MimeMessage[] received() {
        return greenMail == null ? new jakarta.mail.internet.MimeMessage[0] : greenMail.getReceivedMessages();
    }

    /** Starts the catcher once per JVM; later calls do nothing (Surefire may open several launcher sessions). */
    public static synchronized void start() {
        if (greenMail != null) {
            return;
        }
        ServerSetup smtp =
                new ServerSetup(MailCatcher.port("it.smtp.port", 3025), MailCatcher.HOST, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(MailCatcher.imapPort(), MailCatcher.HOST, ServerSetup.PROTOCOL_IMAP);
        // Authentication off: every recipient gets a mailbox on delivery and logs in with any password.
        GreenMail server = new GreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        greenMail = server;
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        System.out.printf(
                "[it] mail catcher: SMTP %s:%d, IMAP %s:%d%n",
                MailCatcher.HOST, smtp.getPort(), MailCatcher.HOST, imap.getPort());
    }
}
