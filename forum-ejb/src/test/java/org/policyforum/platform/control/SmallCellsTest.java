package org.policyforum.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyforum.platform.control.SmallCells.Cell;

class SmallCellsTest {

    static final List<Long> OPTIONS = List.of(1L, 2L);

    static boolean hidden(Map<Cell, Boolean> grid, String group, long option) {
        return grid.entrySet().stream()
                .filter(e -> e.getKey().group().equals(group) && e.getKey().optionId() == option)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + group + "/" + option + " in " + grid))
                .getValue();
    }

    @Test
    void aCellOfASingleVoterIsHiddenAndLargeCellsAreShown() {
        Map<Cell, Boolean> grid = SmallCells.suppress(
                List.of(
                        new Cell("AGE", "20-29", 1, 1),
                        new Cell("AGE", "20-29", 2, 7),
                        new Cell("AGE", "30-39", 1, 9),
                        new Cell("AGE", "30-39", 2, 8),
                        new Cell("AGE", "40-49", 1, 6),
                        new Cell("AGE", "40-49", 2, 12)),
                OPTIONS,
                5);
        assertTrue(hidden(grid, "20-29", 1));
        assertFalse(hidden(grid, "30-39", 2));
        assertFalse(hidden(grid, "30-39", 1));
    }

    @Test
    void noLineHidesExactlyOneCellSoNoneIsATotalMinusTheOthers() {
        Map<Cell, Boolean> grid = SmallCells.suppress(
                List.of(
                        new Cell("AGE", "20-29", 1, 1),
                        new Cell("AGE", "20-29", 2, 7),
                        new Cell("AGE", "30-39", 1, 9),
                        new Cell("AGE", "30-39", 2, 8),
                        new Cell("AGE", "40-49", 1, 6),
                        new Cell("AGE", "40-49", 2, 12)),
                OPTIONS,
                5);
        // the column of option 1 (its total is public) and the row of 20-29 each hide two cells, the smallest others
        assertTrue(hidden(grid, "40-49", 1), "option 1's smallest other cell");
        assertTrue(hidden(grid, "20-29", 2), "20-29's other cell");
        for (long option : OPTIONS) {
            long inColumn = grid.entrySet().stream()
                    .filter(e -> e.getKey().optionId() == option && e.getValue())
                    .count();
            assertTrue(inColumn != 1, "option " + option + " hides " + inColumn + ": " + grid);
        }
        for (String group : List.of("20-29", "30-39", "40-49")) {
            long inRow = grid.entrySet().stream()
                    .filter(e -> e.getKey().group().equals(group) && e.getValue())
                    .count();
            assertTrue(inRow != 1, group + " hides " + inRow + ": " + grid);
        }
    }

    @Test
    void aZeroCellIsHiddenWhenItIsTheOnlyComplement() {
        // option 2 was chosen by two people of 20-29 and nobody else: its public total would give the cell away
        Map<Cell, Boolean> grid = SmallCells.suppress(
                List.of(
                        new Cell("DISTRICT", "11440", 1, 20),
                        new Cell("DISTRICT", "11440", 2, 2),
                        new Cell("DISTRICT", "11110", 1, 30)),
                OPTIONS,
                5);
        assertTrue(hidden(grid, "11440", 2));
        assertTrue(hidden(grid, "11110", 2), "the zero beside it");
        assertEquals(4, grid.size(), "the full grid, zeros included");
    }

    @Test
    void cellsOfTheSmallestGroupAndZerosAloneAreShown() {
        Map<Cell, Boolean> grid = SmallCells.suppress(
                List.of(new Cell("AGE", "20-29", 1, 5), new Cell("AGE", "30-39", 2, 6)), OPTIONS, 5);
        assertTrue(grid.values().stream().noneMatch(Boolean::booleanValue), grid::toString);
    }

    @Test
    void dimensionsAreSuppressedEachOnItsOwn() {
        Map<Cell, Boolean> grid = SmallCells.suppress(
                List.of(
                        new Cell("AGE", "20-29", 1, 10),
                        new Cell("AGE", "30-39", 1, 10),
                        new Cell("DISTRICT", "11440", 1, 19),
                        new Cell("DISTRICT", "11110", 1, 1)),
                List.of(1L),
                5);
        assertFalse(hidden(grid, "20-29", 1));
        assertTrue(hidden(grid, "11110", 1));
        assertTrue(hidden(grid, "11440", 1), "else 20 - 19 gives the district of one voter away");
    }
}
