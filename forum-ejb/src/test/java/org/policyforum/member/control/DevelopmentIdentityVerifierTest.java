package org.policyforum.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DevelopmentIdentityVerifierTest {

    final DevelopmentIdentityVerifier verifier = new DevelopmentIdentityVerifier();

    @Test
    void sameCodeIsSamePerson() throws Exception {
        assertEquals(
                verifier.verify("홍길동", "test-0001").personKey(),
                verifier.verify("홍길동", " TEST-0001 ").personKey());
    }

    @Test
    void neverAcceptsAResidentRegistrationNumber() {
        for (String rrn : new String[] {"900101-1234567", "9001011234567", "", "abc", "1TEST"}) {
            var failure = assertThrows(IdentityVerifier.VerificationFailed.class, () -> verifier.verify("홍길동", rrn));
            assertEquals("verification.testCode.invalid", failure.messageKey());
        }
    }
}
