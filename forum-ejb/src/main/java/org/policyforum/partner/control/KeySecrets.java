package org.policyforum.partner.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code pf_<prefix>.<secret>}, a public prefix of 10 hex characters that finds the row
 * and a secret of 32 random bytes (base64url). Only the secret's SHA-256 is stored.
 */
public final class KeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("pf_([0-9a-f]{10})\\.([A-Za-z0-9_-]{43})");

    /** A key as presented: its prefix and the hash of its secret. */
    public record Presented(String prefix, String secretHash) {}

    /** A new key: the whole key to show once, its prefix and the hash to store. */
    public record NewKey(String key, String prefix, String secretHash) {}

    private KeySecrets() {}

    public static NewKey create() {
        byte[] prefix = new byte[5];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefix);
        RANDOM.nextBytes(secret);
        String prefixText = HexFormat.of().formatHex(prefix);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey("pf_" + prefixText + "." + secretText, prefixText, hash(secretText));
    }

    /** A partner's public id, for the widget's address: 16 random hex characters. */
    public static String publicId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** The presented key's parts, or empty when it is not shaped like a key at all. */
    public static Optional<Presented> read(String key) {
        if (key == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(key.strip());
        return matcher.matches()
                ? Optional.of(new Presented(matcher.group(1), hash(matcher.group(2))))
                : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
