package org.policyforum.web.admin.report;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.report.entity.BreakdownCell;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The dashboards' breakdown tables as people read them: one line per group (a district by its name), one text per
 * option, a suppressed cell as "fewer than N" (the words of the poll breakdown), never its count.
 */
@RequestScoped
public class DashboardTables {

    /** A breakdown line: the group's name and one text per option. */
    public record Line(String group, List<String> cells) {}

    @Inject
    SignUps signUps;

    @Inject
    LocaleSelection localeSelection;

    private Map<String, String> districtNames;

    List<Line> lines(List<BreakdownCell> cells, String dimension, int smallest) {
        String fewerThan = fewerThan(smallest);
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (BreakdownCell cell : cells) {
            if (cell.dimension().equals(dimension)) {
                byGroup.computeIfAbsent(cell.group(), g -> new ArrayList<>())
                        .add(cell.suppressed() ? fewerThan : String.valueOf(cell.count()));
            }
        }
        Map<String, String> names = BreakdownCell.DISTRICT.equals(dimension) ? districtNames() : Map.of();
        List<Line> lines = new ArrayList<>();
        byGroup.forEach((group, texts) -> lines.add(new Line(names.getOrDefault(group, group), texts)));
        return lines;
    }

    /**
     * Reads a dashboard for the page's id through {@code read}; null once the 404 page (no id, unknown id) or the 403
     * page (not the caller's bureau, not the caller's role) is sent.
     */
    static <T> T readOrRefuse(Long id, String what, LongFunction<T> read) throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "no such " + what);
            return null;
        }
        try {
            return read.apply(id);
        } catch (RuleViolation violation) {
            Faces.responseSendError("notFound".equals(violation.messageKey()) ? 404 : 403, what + " " + id);
        } catch (EJBAccessException refused) {
            Faces.responseSendError(403, what + " " + id);
        }
        return null;
    }

    static String fewerThan(int smallest) {
        return FacesMessages.text("admin.polls.fewerThan", smallest);
    }

    private Map<String, String> districtNames() {
        if (districtNames == null) {
            districtNames = signUps.districts().stream()
                    .collect(Collectors.toMap(District::getCode, d -> d.name(localeSelection.getLocale())));
        }
        return districtNames;
    }
}
