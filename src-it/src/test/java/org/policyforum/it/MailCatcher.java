package org.policyforum.it;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mail that reached the run's SMTP catcher ({@link MailServer}).
 *
 * <p>It reads over IMAP so that the same calls work in a {@code @RunAsClient} or browser test and inside the server
 * (in-container tests). The application sends from an outbox on a timer, so waits poll rather than expect the mail
 * at once. Each recipient address has its own mailbox: give every test its own address and tests cannot see each
 * other's mail.
 */
public final class MailCatcher {

    /** The catcher listens here only; the server is told so through FORUM_SMTP_HOST. */
    public static final String HOST = "127.0.0.1";
    /** Long enough for the outbox timer (about 5 s) plus a slow CI machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");

    private MailCatcher() {}

    /** A received mail reduced to what tests assert on. */
    public record ReceivedMail(
            String subject,
            List<String> from,
            List<String> to,
            String text,
            String html,
            List<String> listUnsubscribe,
            List<String> listUnsubscribePost) {

        /** The plain-text body, or the HTML body when the mail has no plain-text part. */
        public String body() {
            return text != null ? text : html;
        }
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} for the first mail to {@code address}. */
    public static ReceivedMail awaitMessageTo(String address) {
        return awaitMessageTo(address, DEFAULT_TIMEOUT);
    }

    /** Waits up to {@code timeout} for the first mail to {@code address}; fails with an AssertionError if none came. */
    public static ReceivedMail awaitMessageTo(String address, Duration timeout) {
        return awaitMessagesTo(address, 1, timeout).get(0);
    }

    /** Waits until at least {@code count} mails to {@code address} arrived; returns all of them, oldest first. */
    public static List<ReceivedMail> awaitMessagesTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedMail> mails = messagesTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + timeout
                        + " but got " + mails.size() + describe(mails));
            }
            sleep();
        }
    }

    /**
     * Waits up to {@code timeout} for a mail to {@code address} that {@code which} accepts, whatever other mails came
     * before or after it; fails with an AssertionError if none came.
     */
    public static ReceivedMail awaitMessageTo(String address, Predicate<ReceivedMail> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedMail> mails = messagesTo(address);
            for (ReceivedMail mail : mails) {
                if (which.test(mail)) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such mail to " + address + " within " + timeout + describe(mails));
            }
            sleep();
        }
    }

    /** What reached {@code address} so far, oldest first; empty if nothing did. Does not wait. */
    public static List<ReceivedMail> messagesTo(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", HOST);
        props.put("mail.imap.port", String.valueOf(imapPort()));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            // The catcher runs without authentication: the address is the login, any password works.
            store.connect(HOST, imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toReceivedMail(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(
                    "cannot read mail for " + address + " over IMAP at " + HOST + ":" + imapPort()
                            + " (is the mail catcher running? it starts with the Failsafe run)",
                    e);
        }
    }

    /**
     * The first absolute link in {@code body} whose path starts with {@code pathPrefix} (e.g. "/confirm"), with
     * HTML entities for '&amp;' undone; fails if there is none.
     */
    public static String extractLink(String body, String pathPrefix) {
        Matcher m = URL.matcher(body);
        while (m.find()) {
            String link = m.group().replace("&amp;", "&");
            String afterHost = link.replaceFirst("^https?://[^/]+", "");
            if (afterHost.startsWith(pathPrefix)) {
                return link;
            }
        }
        throw new AssertionError("no link with path starting " + pathPrefix + " in:\n" + body);
    }

    static int imapPort() {
        return port("it.imap.port", 3143);
    }

    static int port(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }

    private static ReceivedMail toReceivedMail(Message message) throws MessagingException, IOException {
        String[] unsubscribe = message.getHeader("List-Unsubscribe");
        String[] oneClick = message.getHeader("List-Unsubscribe-Post");
        Bodies bodies = new Bodies();
        bodies.collect(message);
        return new ReceivedMail(
                message.getSubject(),
                addresses(message.getFrom()),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                bodies.text,
                bodies.html,
                unsubscribe == null ? List.of() : List.of(unsubscribe),
                oneClick == null ? List.of() : List.of(oneClick));
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String describe(List<ReceivedMail> mails) {
        return mails.isEmpty()
                ? ""
                : ", subjects " + mails.stream().map(ReceivedMail::subject).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for mail", e);
        }
    }

    /** The first text/plain and text/html parts of a possibly nested multipart message. */
    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null && !isAttachment(part)) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null && !isAttachment(part)) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }

        private static boolean isAttachment(Part part) throws MessagingException {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        }
    }
}
