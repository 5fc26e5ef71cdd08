package org.policyforum.idea.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarWordsTest {

    @Test
    void koreanParticlesAreCutSoTheSameWordMatches() {
        assertEquals(List.of("자전거", "확충"), SimilarWords.of("자전거를 확충"));
        assertEquals(List.of("한강공원", "그늘막"), SimilarWords.of("한강공원에 그늘막을 설치"));
        assertEquals(List.of("more", "bike", "lanes", "seoul"), SimilarWords.of("More Bike lanes for Seoul!"));
    }

    @Test
    void shortAndCommonWordsAndRepeatsSayNothing() {
        assertEquals(List.of("버스"), SimilarWords.of("버스 버스 제안 a 이 at"));
        assertEquals(List.of(), SimilarWords.of(null));
        assertEquals(6, SimilarWords.of("하나 둘둘 셋셋 넷넷 다섯 여섯 일곱 여덟").size());
    }

    @Test
    void aLongSharedWordWeighsMoreThanAShortOne() {
        List<String> words = SimilarWords.of("Awnings1234 now");
        assertEquals(
                true, SimilarWords.weight("awnings1234 please", words) > SimilarWords.weight("now or never", words));
        assertEquals(0, SimilarWords.weight("nothing in common", List.of("버스")));
    }
}
