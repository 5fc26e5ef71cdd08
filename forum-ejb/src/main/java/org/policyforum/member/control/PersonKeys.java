package org.policyforum.member.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.policyforum.platform.control.ForumEnvironment;
import org.policyforum.platform.control.PrivateFiles;

/**
 * Turns a verifier's person key into what we store: HMAC-SHA256 under a server secret. Without the secret the hash
 * cannot be linked back to a person, even by someone holding a list of person keys.
 *
 * <p>The secret is FORUM_PERSON_KEY_SECRET (required in production). A local run without it gets a random secret
 * kept in the data folder, so restarts still recognise returning people.
 */
@ApplicationScoped
public class PersonKeys {

    private static final Logger LOG = Logger.getLogger(PersonKeys.class.getName());

    @Inject
    ForumEnvironment environment;

    private SecretKeySpec key;

    @PostConstruct
    void loadSecret() {
        String secret = environment.personKeySecret().orElseGet(this::localSecret);
        key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private String localSecret() {
        if (environment.isProduction()) {
            throw new IllegalStateException("FORUM_PERSON_KEY_SECRET must be set in production");
        }
        Path file = environment.dataDirectory().resolve("person-key.secret");
        try {
            if (Files.exists(file)) {
                PrivateFiles.keepPrivate(file);
                return Files.readString(file).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            PrivateFiles.writeSecret(file, secret);
            LOG.info(() -> "Created a local person-key secret in " + file + " (readable by the server's user only)");
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the person-key secret in " + file, e);
        }
    }

    public String hash(String personKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(personKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
