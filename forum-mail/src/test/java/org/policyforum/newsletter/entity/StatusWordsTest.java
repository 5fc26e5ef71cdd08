package org.policyforum.newsletter.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The console shows deliveries' and sent mails' states in words: each state has a key in both web bundles. */
class StatusWordsTest {

    @Test
    void everyDeliveryAndOutboxStateHasWordsInBothLanguages() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String language : new String[] {"ko", "en"}) {
            Properties bundle = new Properties();
            Path file =
                    Path.of("../forum-web/src/main/resources/org/policyforum/web/messages_" + language + ".properties");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (DeliveryStatus status : DeliveryStatus.values()) {
                if (!bundle.containsKey("admin.campaign.delivery." + status.name())) {
                    missing.add(language + ": admin.campaign.delivery." + status.name());
                }
            }
            for (OutboxMail.Status status : OutboxMail.Status.values()) {
                if (!bundle.containsKey("dev.mail.status." + status.name())) {
                    missing.add(language + ": dev.mail.status." + status.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "states without words: " + missing);
    }
}
