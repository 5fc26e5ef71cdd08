package org.policyforum.newsletter.control;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One open SMTP connection, made by {@link SmtpServer#connect()}: used by one thread for a batch of mails, then
 * closed. A campaign worker keeps one for its batch, the outbox one per round.
 */
final class SmtpConnection implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    SmtpConnection(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    /** The mail session, for a message built part by part and sent with {@link #send}. */
    Session session() {
        return session;
    }

    /**
     * Sends a message that Jakarta Mail encodes as it sends it (the outbox's, built part by part) to its To recipients,
     * with the caller's context class loader. The encoding looks up a content handler for each part there (Jakarta
     * Activation): the application's class loader has them, the mail provider's has none ("no object DCH for MIME
     * type multipart/alternative"). That failure is an IOException, on which the transport closes the connection, and
     * the next mail's send then throws IllegalStateException ("Not connected"), which no MessagingException handler
     * catches: a timer switching the class loader here failed on every tick (WFLYEJB0020).
     */
    void send(MimeMessage message) throws MessagingException {
        transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
    }

    /**
     * Sends a mail that is already encoded to the last byte (a campaign's {@link RawMail}) to its recipient, as it is
     * ({@link EncodedMessage}). The context class loader is the mail provider's meanwhile: should the transport still
     * look Jakarta Mail's StreamProvider up (jakartaee/mail-api issue 861), it searches that module, not the whole
     * EAR. Only bytes encoded to the end may be sent that way (see {@link #send}).
     */
    void sendEncoded(EncodedMessage.EncodedMail mail) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(transport.getClass().getClassLoader());
        try {
            transport.sendMessage(new EncodedMessage(session, mail), new Address[] {mail.to()});
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The server's reply to the last accepted mail (e.g. "250 2.0.0 Ok: queued as …"), kept with the delivery. */
    String lastReply() {
        return SmtpReplies.lastServerResponse(transport);
    }

    /** False once the server (or a failure) has closed the connection: the rest of the batch waits for a new one. */
    boolean isConnected() {
        return transport.isConnected();
    }

    @Override
    public void close() throws MessagingException {
        transport.close();
    }
}
