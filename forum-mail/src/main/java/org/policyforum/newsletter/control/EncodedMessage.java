package org.policyforum.newsletter.control;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A campaign mail that is already encoded to the last byte ({@link RawMail}), handed to the SMTP transport as it is.
 *
 * <p>Why not a {@link MimeMessage} parsed from the bytes: parsing reads every header again, and the transport asks
 * every message for its decoded subject before it sends (Angus Mail's {@code sendMessageStart} hook). Each parse and
 * each decode looks Jakarta Mail's StreamProvider up with a ServiceLoader (jakartaee/mail-api issue 861): together a
 * third of the server's CPU per campaign mail (Flight Recorder, 6 Dec 2026). What the transport reads here (the
 * sender, the subject) is known already, and {@link #writeTo(OutputStream, String[])} writes the bytes unchanged;
 * the envelope's recipients are the ones passed to the transport.
 */
final class EncodedMessage extends MimeMessage {

    private final EncodedMail mail;

    EncodedMessage(Session session, EncodedMail mail) {
        super(session);
        this.mail = mail;
    }

    @Override
    public Address[] getFrom() {
        return new Address[] {mail.from()};
    }

    @Override
    public String getSubject() {
        return mail.subject();
    }

    @Override
    public int getSize() {
        return mail.bytes().length;
    }

    @Override
    public void writeTo(OutputStream os) throws IOException {
        os.write(mail.bytes());
    }

    /** The bytes as they are: the Bcc and Content-Length headers the transport leaves out are never in them. */
    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
        os.write(mail.bytes());
    }

    /**
     * One member's campaign mail: the bytes that go over SMTP, their sender and recipient, and the subject as the
     * bytes' {@code Subject} header says it, decoded.
     */
    record EncodedMail(byte[] bytes, InternetAddress from, InternetAddress to, String subject) {}
}
