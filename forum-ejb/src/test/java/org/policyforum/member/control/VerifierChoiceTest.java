package org.policyforum.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierChoiceTest {

    static final IdentityVerifier DEVELOPMENT = new DevelopmentIdentityVerifier();
    static final IdentityVerifier NATIONAL = new IdentityVerifier() {
        @Override
        public String name() {
            return "national";
        }

        @Override
        public boolean isDevelopment() {
            return false;
        }

        @Override
        public VerifiedPerson verify(String realName, String evidence) {
            return new VerifiedPerson("ci:" + evidence, realName);
        }
    };

    @Test
    void theDevelopmentVerifierServesLocalRuns() {
        assertEquals(
                DEVELOPMENT, VerifierChoice.inForce(List.of(DEVELOPMENT), false).orElseThrow());
    }

    @Test
    void productionRefusesTheDevelopmentVerifier() {
        assertTrue(VerifierChoice.inForce(List.of(DEVELOPMENT), true).isEmpty());
    }

    @Test
    void aRealVerifierWinsWheneverOneIsDeployed() {
        assertEquals(
                NATIONAL,
                VerifierChoice.inForce(List.of(DEVELOPMENT, NATIONAL), true).orElseThrow());
        assertEquals(
                NATIONAL,
                VerifierChoice.inForce(List.of(DEVELOPMENT, NATIONAL), false).orElseThrow());
    }
}
