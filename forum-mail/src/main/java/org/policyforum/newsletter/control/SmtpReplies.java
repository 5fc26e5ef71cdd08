package org.policyforum.newsletter.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.lang.reflect.Method;

/**
 * The SMTP reply codes behind jakarta.mail's exceptions. They live on the provider's classes (Angus
 * SMTPTransport, SMTPSendFailedException …), which the Jakarta Mail API does not expose, so they are read by name.
 */
final class SmtpReplies {

    private SmtpReplies() {}

    /** The SMTP code of the failure (e.g. 550, 451), or 0 when there was none (connection lost, I/O error). */
    static int code(MessagingException e) {
        for (Exception cause = e;
                cause != null;
                cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            Object code = call(cause, "getReturnCode");
            if (code instanceof Integer value && value > 0) {
                return value;
            }
        }
        return 0;
    }

    static String describe(MessagingException e) {
        int code = code(e);
        String message = String.valueOf(e.getMessage()).strip();
        return code > 0 && !message.startsWith(String.valueOf(code)) ? code + " " + message : message;
    }

    static String lastServerResponse(Transport transport) {
        Object reply = call(transport, "getLastServerResponse");
        return reply == null ? "250" : reply.toString().strip();
    }

    private static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
