package org.policyforum.member.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policyforum.platform.entity.RuleViolation;

/** Slow, salted password hashes (PBKDF2-HMAC-SHA256) and the rule for what counts as a strong enough password. */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, so that an unknown email takes as long to refuse as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-that-no-one-has".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    }

    /** Refuses a password that is not strong enough, at the form's {@code field}; see {@link #weakness}. */
    public static void requireStrong(String password, String email, String realName, String field) {
        weakness(password, email, realName).ifPresent(key -> {
            throw new RuleViolation(field, key);
        });
    }

    /** Why this password is refused, as a message key, or empty if it is acceptable. */
    public static Optional<String> weakness(String password, String email, String realName) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of("password.containsEmail");
            }
        }
        if (realName != null
                && realName.strip().length() >= 2
                && lower.contains(realName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsName");
        }
        return Optional.empty();
    }
}
