package org.policyforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyforum.it.MailCatcher.ReceivedMail;

/**
 * A mail sent through the server's mail session crosses real SMTP to the run's catcher, and {@link MailCatcher}
 * reads it both inside the server and from the test JVM.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailSmokeIT {

    // Fixed, not random: the two methods run in different JVMs and must agree on the address.
    private static final String TO = "mail-smoke@policyforum.test";
    private static final String FROM = "noreply@policyforum.test";
    // Korean text checks that the charset survives the hop, as the forum's mails are Korean.
    private static final String SUBJECT = "정책 포럼 메일 점검";
    private static final String LINK = "http://localhost:8080/confirm?token=abc&lang=ko";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.forum(MailSmokeIT.class);
    }

    @Test
    @Order(1)
    void serverSendsThroughItsMailSession() throws Exception {
        Session session = InitialContext.doLookup("java:jboss/mail/Default");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(TO));
        message.setSubject(SUBJECT, "UTF-8");
        message.setText("주소를 확인하려면 누르세요: " + LINK + "\n", "UTF-8");

        Transport.send(message);

        assertEquals(SUBJECT, MailCatcher.awaitMessageTo(TO).subject());
    }

    @Test
    @Order(2)
    @RunAsClient
    void catcherHandsTheMailToClientSideTests() {
        ReceivedMail mail = MailCatcher.awaitMessageTo(TO);

        assertEquals(SUBJECT, mail.subject());
        assertEquals(List.of(FROM), mail.from());
        assertEquals(List.of(TO), mail.to());
        assertEquals(LINK, MailCatcher.extractLink(mail.body(), "/confirm"));
    }
}
