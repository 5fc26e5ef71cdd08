package org.policyforum.newsletter.control;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A campaign mail as the bytes that go over SMTP: headers and a multipart/alternative body with base64 text and
 * HTML parts, written by hand. Jakarta Mail would encode every part of every mail through a provider looked up per
 * call (a ServiceLoader over the application's class loader); a message parsed from these bytes is sent as it is.
 */
final class RawMail {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, CRLF);

    private RawMail() {}

    /**
     * @param encodedSubject the subject already as an RFC 2047 encoded word (the same for every member)
     * @param from, to plain addresses (ASCII)
     */
    static byte[] build(
            String messageId,
            String from,
            String to,
            String encodedSubject,
            String listUnsubscribe,
            long campaignId,
            String text,
            String html) {
        String boundary = "=_forum_campaign_" + campaignId;
        StringBuilder mail = new StringBuilder(text.length() * 2 + html.length() * 2 + 1024)
                .append("Message-ID: ")
                .append(messageId)
                .append("\r\n")
                .append("Date: ")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()))
                .append("\r\n")
                .append("From: ")
                .append(from)
                .append("\r\n")
                .append("To: ")
                .append(to)
                .append("\r\n")
                .append("Subject: ")
                .append(encodedSubject)
                .append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("List-Unsubscribe: <")
                .append(listUnsubscribe)
                .append(">\r\n")
                .append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
                .append("X-Forum-Campaign: ")
                .append(campaignId)
                .append("\r\n")
                .append("Content-Type: multipart/alternative; boundary=\"")
                .append(boundary)
                .append("\"\r\n\r\n");
        part(mail, boundary, "text/plain", text);
        part(mail, boundary, "text/html", html);
        mail.append("--").append(boundary).append("--\r\n");
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void part(StringBuilder mail, String boundary, String type, String body) {
        mail.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Type: ")
                .append(type)
                .append("; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(BASE64.encodeToString(
                        body.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
    }
}
