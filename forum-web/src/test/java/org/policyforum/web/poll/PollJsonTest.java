package org.policyforum.web.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PollJsonTest {

    @Test
    void aLongLabelIsBrokenIntoLinesBetweenWords() {
        assertEquals(
                "[\"외곽 시범 구간을 먼저\",\"운영한 뒤 결정\"]",
                PollJson.lines("외곽 시범 구간을 먼저 운영한 뒤 결정").toString());
    }

    @Test
    void aShortLabelStaysOneLineAndALongWordKeepsALineToItself() {
        assertEquals("[\"찬성\"]", PollJson.lines("  찬성 ").toString());
        assertEquals(
                "[\"Yes\",\"internationalisation\",\"first\"]",
                PollJson.lines("Yes internationalisation first").toString());
    }

    @Test
    void theChartCarriesEachLabelAsLines() {
        String chart = PollJson.barChart(java.util.List.of("2027년까지 모든 자치구", "아니오"), java.util.List.of(3L, 1L), "표");
        assertEquals(true, chart.contains("\"labels\":[[\"2027년까지 모든\",\"자치구\"],[\"아니오\"]]"), chart);
    }
}
