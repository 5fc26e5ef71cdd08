package org.policyforum.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policyforum.moderation.entity.ModerationCase.HeldFor;
import org.policyforum.platform.entity.OrganisationSettings;
import org.policyforum.platform.entity.OrganisationSettings.ContactGuard;

class ScreeningTest {

    private static OrganisationSettings settings(List<String> words, ContactGuard guard) throws Exception {
        Constructor<OrganisationSettings> make = OrganisationSettings.class.getDeclaredConstructor();
        make.setAccessible(true);
        OrganisationSettings settings = make.newInstance();
        settings.changeScreening(words, guard);
        return settings;
    }

    @Test
    void aBannedWordHoldsTheTextWhateverItsCaseAndPlace() throws Exception {
        OrganisationSettings s = settings(List.of("SpamWord", "바보"), ContactGuard.MASK);
        assertEquals(Optional.of(HeldFor.BANNED_WORD), Screening.cause(s, "buy spamword now"));
        assertEquals(Optional.of(HeldFor.BANNED_WORD), Screening.cause(s, "이런바보같은"));
        assertEquals(Optional.empty(), Screening.cause(s, "평범한 의견 010-1234-5678"), "masked, not held");
    }

    @Test
    void contactDetailsAreHeldOnlyUnderReview() throws Exception {
        OrganisationSettings s = settings(List.of(), ContactGuard.REVIEW);
        assertEquals(Optional.of(HeldFor.CONTACT), Screening.cause(s, "메일 a@b.kr"));
        assertEquals(Optional.empty(), Screening.cause(s, "연락처 없음"));
        assertEquals(Optional.empty(), Screening.cause(s, null));
    }

    @Test
    void theListKeepsEachWordOnceStrippedAndRefusesTooShortOrTooMany() throws Exception {
        OrganisationSettings s = settings(List.of(" 광고 ", "광고", "", "도박"), ContactGuard.MASK);
        assertEquals(List.of("광고", "도박"), s.getBannedWords());
        assertThrows(IllegalArgumentException.class, () -> s.changeScreening(List.of("a"), ContactGuard.MASK));
        List<String> tooMany = IntStream.range(0, 201).mapToObj(i -> "w" + i).toList();
        assertThrows(IllegalArgumentException.class, () -> s.changeScreening(tooMany, ContactGuard.MASK));
        assertEquals(List.of("광고", "도박"), s.getBannedWords(), "a refused list changes nothing");
        s.changeScreening(List.of(), ContactGuard.MASK);
        assertEquals(List.of(), s.getBannedWords());
    }
}
