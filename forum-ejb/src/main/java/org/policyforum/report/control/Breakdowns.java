package org.policyforum.report.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.policyforum.platform.control.SmallCells;
import org.policyforum.report.entity.BreakdownCell;

/**
 * Turns counts of people by birth year, district and option into the age-band and district tables a dashboard
 * shows, with small groups suppressed the way every statistic of the forum does it ({@link SmallCells}).
 */
public final class Breakdowns {

    /** People of one birth year (null: unknown) and district (null: none) who chose an option. */
    public record People(Integer birthYear, String district, String option, long count) {}

    private Breakdowns() {}

    /**
     * The full grids (age bands × options, then districts × options), zero cells included, suppressed ones without
     * their counts.
     *
     * @param people   the counted groups
     * @param options  every option, in the order to show
     * @param thisYear the organisation's current year, for age bands
     * @param smallest the smallest group a statistic may show
     */
    public static List<BreakdownCell> of(List<People> people, List<String> options, int thisYear, int smallest) {
        List<SmallCells.Cell> cells = new ArrayList<>();
        // youngest band first, unknown last; districts by code: the order the tables show
        List<People> byAge = people.stream()
                .sorted(Comparator.comparing(People::birthYear, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        for (People p : byAge) {
            int option = options.indexOf(p.option());
            if (option < 0) {
                continue;
            }
            cells.add(new SmallCells.Cell(
                    BreakdownCell.AGE, SmallCells.ageBand(p.birthYear(), thisYear), option, p.count()));
        }
        List<People> byDistrict = people.stream()
                .sorted(Comparator.comparing(People::district, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (People p : byDistrict) {
            int option = options.indexOf(p.option());
            if (option >= 0) {
                String district = p.district() == null ? "-" : p.district();
                cells.add(new SmallCells.Cell(BreakdownCell.DISTRICT, district, option, p.count()));
            }
        }
        List<Long> optionIds = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            optionIds.add((long) i);
        }
        List<BreakdownCell> result = new ArrayList<>();
        for (Map.Entry<SmallCells.Cell, Boolean> entry :
                SmallCells.suppress(cells, optionIds, smallest).entrySet()) {
            SmallCells.Cell c = entry.getKey();
            String option = options.get((int) c.optionId());
            boolean hidden = entry.getValue();
            result.add(new BreakdownCell(c.dimension(), c.group(), option, hidden ? 0 : c.count(), hidden));
        }
        return result;
    }
}
