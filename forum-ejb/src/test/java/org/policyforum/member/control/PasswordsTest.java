package org.policyforum.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void refusesWeakPasswordsWithAReason() {
        assertEquals(Optional.of("password.tooShort"), Passwords.weakness("abc123", "a@b.kr", "홍길동"));
        assertEquals(Optional.of("password.tooShort"), Passwords.weakness(null, "a@b.kr", "홍길동"));
        assertEquals(Optional.of("password.tooSimple"), Passwords.weakness("abcdefghijkl", "a@b.kr", "홍길동"));
        assertEquals(Optional.of("password.tooSimple"), Passwords.weakness("12345678901", "a@b.kr", "홍길동"));
        assertEquals(Optional.of("password.tooSimple"), Passwords.weakness("aaaaa11111", "a@b.kr", "홍길동"));
        assertEquals(
                Optional.of("password.containsEmail"),
                Passwords.weakness("hong.gildong99!", "hong.gildong@b.kr", "홍길동"));
        assertEquals(Optional.of("password.containsName"), Passwords.weakness("홍길동-비밀번호-2026", "x@b.kr", "홍길동"));
        assertEquals(Optional.of("password.tooLong"), Passwords.weakness("a1".repeat(65), "x@b.kr", "홍길동"));
    }

    @Test
    void acceptsAReasonablePassword() {
        assertTrue(Passwords.weakness("correct-horse-7", "hong@b.kr", "홍길동").isEmpty());
        assertTrue(Passwords.weakness("서울시민토론2026", "hong@b.kr", "홍길동").isEmpty());
    }
}
