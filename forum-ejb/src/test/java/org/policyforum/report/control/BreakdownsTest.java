package org.policyforum.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.control.SmallCells;
import org.policyforum.report.entity.BreakdownCell;

class BreakdownsTest {

    private static final List<String> STANCES = List.of("PRO", "CON", "NEUTRAL");

    @Test
    void birthYearsMergeIntoBandsAndTheGridIsFull() {
        List<BreakdownCell> cells = Breakdowns.of(
                List.of(
                        new Breakdowns.People(1990, "11440", "PRO", 3),
                        new Breakdowns.People(1995, "11440", "PRO", 4),
                        new Breakdowns.People(1970, "11110", "CON", 6)),
                STANCES,
                2026,
                5);
        // 2 bands × 3 stances + 2 districts × 3 stances
        assertEquals(12, cells.size(), cells::toString);
        assertTrue(cells.contains(new BreakdownCell("AGE", "30-39", "PRO", 7, false)), cells::toString);
        assertTrue(cells.contains(new BreakdownCell("AGE", "50-59", "CON", 6, false)), cells::toString);
        assertTrue(cells.contains(new BreakdownCell("DISTRICT", "11440", "PRO", 7, false)), cells::toString);
        assertEquals("30-39", cells.get(0).group(), "the youngest band comes first");
    }

    @Test
    void aSmallCellAndItsComplementAreHiddenWithoutTheirCounts() {
        List<BreakdownCell> cells = Breakdowns.of(
                List.of(
                        new Breakdowns.People(1990, "11440", "PRO", 2),
                        new Breakdowns.People(1970, "11440", "PRO", 8),
                        new Breakdowns.People(1970, "11440", "CON", 9),
                        new Breakdowns.People(1990, "11440", "CON", 7)),
                List.of("PRO", "CON"),
                2026,
                5);
        List<BreakdownCell> age =
                cells.stream().filter(c -> c.dimension().equals("AGE")).toList();
        assertTrue(age.contains(new BreakdownCell("AGE", "30-39", "PRO", 0, true)), age::toString);
        // PRO's total is public: hiding one cell of its column would give it away, so 50-59 PRO hides too
        assertTrue(age.contains(new BreakdownCell("AGE", "50-59", "PRO", 0, true)), age::toString);
        assertTrue(cells.stream().noneMatch(c -> !c.suppressed() && c.count() > 0 && c.count() < 5), cells::toString);
        assertTrue(cells.stream().filter(BreakdownCell::suppressed).allMatch(c -> c.count() == 0));
    }

    @Test
    void unknownBirthYearsAndDistrictsHaveTheirOwnLine() {
        List<BreakdownCell> cells =
                Breakdowns.of(List.of(new Breakdowns.People(null, null, "ALL", 5)), List.of("ALL"), 2026, 5);
        assertEquals(
                List.of(
                        new BreakdownCell("AGE", "-", "ALL", 5, false),
                        new BreakdownCell("DISTRICT", "-", "ALL", 5, false)),
                cells);
    }

    @Test
    void ageBandsAreDecades() {
        assertEquals("20-29", SmallCells.ageBand(2000, 2026));
        assertEquals("0-9", SmallCells.ageBand(2026, 2026));
        assertEquals("-", SmallCells.ageBand(null, 2026));
    }
}
