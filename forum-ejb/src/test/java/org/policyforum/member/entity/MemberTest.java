package org.policyforum.member.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    static Member citizen() {
        Member member = new Member("홍길동", " Hong@Example.ORG ", "hash", null, 1985, true, Locale.KOREAN, NOW);
        member.verifyIdentity("personhash", "development", NOW);
        return member;
    }

    @Test
    void emailIsStoredNormalised() {
        assertEquals("hong@example.org", citizen().getEmail());
    }

    @Test
    void verificationMakesACitizenOnce() {
        Member member = citizen();
        assertTrue(member.hasRole(Role.CITIZEN));
        assertTrue(member.isVerified());
        assertThrows(IllegalStateException.class, () -> member.verifyIdentity("other", "development", NOW));
    }

    @Test
    void masksAllButFirstAndLastCharacter() {
        assertEquals("홍*동", Member.mask("홍길동"));
        assertEquals("남**수", Member.mask("남궁민수"));
        assertEquals("이*", Member.mask("이설"));
        assertEquals("K** **e", Member.mask("Kim Lee"), "spaces stay, so the shape of the name stays");
        assertEquals("김", Member.mask("김"));
    }

    @Test
    void displayNameFollowsMaskingAndClosing() {
        Member member = citizen();
        assertEquals("홍길동", member.displayName(false));
        assertEquals("홍*동", member.displayName(true));
        member.close(NOW);
        assertEquals("", member.displayName(false));
    }

    @Test
    void aHiddenNameReadsAsThePlaceholderUntilRestoredAndTheRealNameStays() {
        Member member = citizen();
        member.hideName("욕설");
        assertEquals(Member.HIDDEN_NAME, member.displayName(false));
        assertEquals(Member.HIDDEN_NAME, member.displayName(true), "masking leaves the placeholder as it is");
        assertEquals("홍길동", member.getRealName());
        assertEquals("욕설", member.getNameHiddenReason());
        member.restoreName();
        assertEquals("홍길동", member.displayName(false));
        assertNull(member.getNameHiddenReason());
    }

    @Test
    void closingErasesWhatReachesThePerson() {
        Member member = citizen();
        assertTrue(member.isFollowDigest(), "following a topic asks for its digest until the member says otherwise");
        member.close(NOW);
        assertNull(member.getEmail());
        assertNull(member.getPasswordHash());
        assertFalse(member.isVerified());
        assertFalse(member.isMailOptIn());
        assertFalse(member.isFollowDigest());
        assertTrue(member.getRoles().isEmpty());
        assertFalse(member.isActive());
        assertEquals(1985, member.getBirthYear());
    }

    @Test
    void aNewPasswordOrLeavingEndsEverySessionLoggedInBefore() {
        Member member = citizen();
        int before = member.getSessionEpoch();
        member.changePassword("new-hash");
        assertEquals(before + 1, member.getSessionEpoch());
        member.close(NOW);
        assertEquals(before + 2, member.getSessionEpoch());
    }

    @Test
    void onlyOfficialsBelongToABureau() {
        Member member = citizen();
        Bureau bureau = new Bureau("교통정책과", "Transport Policy Division");
        assertThrows(IllegalStateException.class, () -> member.assignBureau(bureau));
        member.assignRoles(EnumSet.of(Role.CITIZEN, Role.OFFICIAL));
        member.assignBureau(bureau);
        assertEquals(bureau, member.getBureau());
        member.assignRoles(EnumSet.of(Role.CITIZEN));
        assertNull(member.getBureau(), "losing the official role leaves the bureau");
    }
}
