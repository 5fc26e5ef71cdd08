package org.policyforum.newsletter.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.policyforum.platform.control.ForumEnvironment;

/**
 * The outgoing mail server as the installation configures it, for both senders ({@link CampaignSender},
 * {@link OutboxSender}): host and port are the server's mail session (FORUM_SMTP_HOST / FORUM_SMTP_PORT in the
 * WildFly configuration); the login (FORUM_SMTP_USER / FORUM_SMTP_PASSWORD) and the From address (FORUM_MAIL_FROM)
 * come from the environment, read here and nowhere else.
 *
 * <p>Dependent and stateless: each sender holds its own, and each of their threads opens its own connection.
 */
@Dependent
public class SmtpServer {

    @Resource(lookup = "java:jboss/mail/Default")
    Session session;

    @Inject
    ForumEnvironment environment;

    /** A new connection, logged in when the installation has a login. One thread uses it, then closes it. */
    SmtpConnection connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        var user = environment.smtpUser();
        if (user.isPresent()) {
            transport.connect(user.get(), environment.smtpPassword());
        } else {
            transport.connect();
        }
        return new SmtpConnection(session, transport);
    }

    /**
     * The sender address: FORUM_MAIL_FROM, else {@code no-reply@} the public host. Asked once per batch, not per mail.
     */
    InternetAddress from() throws AddressException {
        return new InternetAddress(environment.mailFrom());
    }
}
