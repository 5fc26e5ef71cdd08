package org.policyforum.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * For local runs and tests only: the "evidence" is a made-up test person code such as {@code TEST-0001}; the same
 * code is the same person. The UI says plainly that this verifier is not real.
 */
@ApplicationScoped
public class DevelopmentIdentityVerifier implements IdentityVerifier {

    private static final Pattern TEST_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{3,31}");

    @Override
    public String name() {
        return "development";
    }

    @Override
    public boolean isDevelopment() {
        return true;
    }

    @Override
    public VerifiedPerson verify(String realName, String evidence) throws VerificationFailed {
        String code = evidence == null ? "" : evidence.strip();
        // must start with a letter: a resident registration number (digits) can never pass, nor be stored or logged
        if (!TEST_CODE.matcher(code).matches()) {
            throw new VerificationFailed("verification.testCode.invalid");
        }
        return new VerifiedPerson("dev:" + code.toUpperCase(Locale.ROOT), realName);
    }
}
