package org.policyforum.platform.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-cell suppression of a breakdown table (groups × options, one table per dimension), shared by every feature
 * that shows counts of people (a poll's options, a survey's answers, a topic's stances). A cell of fewer than the
 * smallest group but more than nobody is hidden (primary suppression). Because every option's total is public and a
 * group's total may be known, a line (an option's column or a group's row) that hides exactly one cell would give it
 * away as the total minus the other cells: there the smallest other cell of the line is hidden too (secondary
 * suppression; a zero cell only when the line has no other), until no line hides exactly one cell.
 */
public final class SmallCells {

    /** One cell: a group (age band, district) of one dimension and an option, with its true count (0 if nobody). */
    public record Cell(String dimension, String group, long optionId, long count) {}

    private SmallCells() {}

    /** The age group of a breakdown: "10-19", "20-29", ... ; "-" when the birth year is unknown (staff accounts). */
    public static String ageBand(Integer birthYear, int thisYear) {
        if (birthYear == null) {
            return "-";
        }
        int decade = Math.max(0, (thisYear - birthYear) / 10 * 10);
        return decade + "-" + (decade + 9);
    }

    /**
     * The full grid of each dimension (every group seen there × every option, zeros included, in that order) with the
     * cells to hide marked.
     *
     * @param cells    the counted cells (zero cells may be absent)
     * @param options  every option of the poll, in its order
     * @param smallest the smallest group a statistic may show
     * @return each cell of the grids, with whether it must be hidden
     */
    public static Map<Cell, Boolean> suppress(List<Cell> cells, List<Long> options, int smallest) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Cell cell : cells) {
            groups.computeIfAbsent(cell.dimension(), d -> new LinkedHashSet<>()).add(cell.group());
            counts.merge(key(cell.dimension(), cell.group(), cell.optionId()), cell.count(), Long::sum);
        }
        Map<Cell, Boolean> result = new LinkedHashMap<>();
        groups.forEach((dimension, seen) -> {
            List<Cell> grid = new ArrayList<>();
            for (long option : options) {
                for (String group : seen) {
                    grid.add(
                            new Cell(dimension, group, option, counts.getOrDefault(key(dimension, group, option), 0L)));
                }
            }
            Set<Cell> hidden = new HashSet<>();
            grid.stream().filter(c -> c.count() > 0 && c.count() < smallest).forEach(hidden::add);
            boolean changed = !hidden.isEmpty();
            while (changed) {
                changed = false;
                for (long option : options) {
                    changed |= protect(
                            grid.stream().filter(c -> c.optionId() == option).toList(), hidden);
                }
                for (String group : seen) {
                    changed |= protect(
                            grid.stream().filter(c -> c.group().equals(group)).toList(), hidden);
                }
            }
            grid.forEach(c -> result.put(c, hidden.contains(c)));
        });
        return result;
    }

    /** Hides one more cell of a line that hides exactly one; true if it did. */
    private static boolean protect(List<Cell> line, Set<Cell> hidden) {
        if (line.stream().filter(hidden::contains).count() != 1) {
            return false;
        }
        // a positive complement first: hiding a zero beside a cell of one leaves "the hidden cells hold one person"
        Optional<Cell> complement = line.stream()
                .filter(c -> !hidden.contains(c))
                .min(Comparator.comparing((Cell c) -> c.count() == 0).thenComparingLong(Cell::count));
        complement.ifPresent(hidden::add);
        return complement.isPresent();
    }

    private static String key(String dimension, String group, long option) {
        return dimension + '\u0000' + group + '\u0000' + option;
    }
}
