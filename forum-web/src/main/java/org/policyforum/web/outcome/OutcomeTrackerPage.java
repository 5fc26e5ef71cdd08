package org.policyforum.web.outcome;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.outcome.boundary.OutcomeFilter;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.entity.OutcomeStatus;
import org.policyforum.outcome.entity.PolicyOutcome;
import org.policyforum.outcome.entity.SourceKind;
import org.policyforum.platform.control.Text;
import org.policyforum.web.member.CurrentUser;

/**
 * The public tracker ({@code /outcomes}): every policy outcome, filtered by status, bureau, year, source and
 * words, twenty a page. Driven by the address alone (a GET form and page links, like the forum archive), so a result
 * can be bookmarked and a visitor gets a stateless page with no session. Nonsense in the address is no filter, not
 * an error: a reader gets a page.
 */
@Named
@RequestScoped
public class OutcomeTrackerPage {

    static final int PAGE = 20;
    static final int MOST_WORDS = 100;
    static final int MOST_PAGES = 10_000;

    @Inject
    Outcomes outcomes;

    @Inject
    Bureaus bureaus;

    @Inject
    CurrentUser currentUser;

    @Param(name = "status")
    private String status;

    @Param(name = "bureau")
    private String bureau;

    @Param(name = "year")
    private String year;

    @Param(name = "source")
    private String source;

    @Param(name = "words")
    private String words;

    @Param(name = "page")
    private String page;

    private OutcomeFilter filter;
    private int pageNumber;
    private List<PolicyOutcome> rows;
    private long size;
    private List<Integer> years;

    @PostConstruct
    void normaliseAddress() {
        setStatus(status);
        setBureau(bureau);
        setYear(year);
        setSource(source);
        setWords(words);
        setPage(page);
    }

    /** f:viewAction: the page's rows, in two statements (the page and the count). */
    public void load() {
        currentUser.statelessForReaders();
        filter = new OutcomeFilter(
                status.isEmpty() ? null : OutcomeStatus.valueOf(status),
                bureau.isEmpty() ? null : Long.valueOf(bureau),
                year.isEmpty() ? null : Integer.valueOf(year),
                source.isEmpty() ? null : SourceKind.valueOf(source),
                words.isEmpty() ? null : words);
        size = outcomes.trackerSize(filter);
        pageNumber = (int) Math.min(pageNumber, Math.max(1, getPages()));
        rows = outcomes.tracker(filter, (pageNumber - 1) * PAGE, PAGE);
    }

    /** The address of page {@code number} with the same filters. */
    public String pageQuery(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("bureau", bureau);
        parameters.put("year", year);
        parameters.put("source", source);
        parameters.put("words", getWords());
        parameters.put("page", number <= 1 ? "" : String.valueOf(number));
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public long getPages() {
        return (size + PAGE - 1) / PAGE;
    }

    public List<PolicyOutcome> getRows() {
        return rows;
    }

    public long getSize() {
        return size;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = outcomes.years();
        }
        return years;
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public OutcomeStatus[] getStatuses() {
        return OutcomeStatus.values();
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String value) {
        this.status = known(value, OutcomeStatus.class);
    }

    public String getBureau() {
        return bureau;
    }

    public void setBureau(String value) {
        this.bureau = number(value, Long.MAX_VALUE);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String value) {
        this.year = number(value, 9999);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String value) {
        this.source = known(value, SourceKind.class);
    }

    /** Not echoed when shaped like a resident registration number or garbled: the box comes back empty. */
    public String getWords() {
        return Text.unsearchable(words) ? "" : words;
    }

    public void setWords(String value) {
        String stripped = value == null ? "" : value.strip();
        this.words = stripped.length() <= MOST_WORDS ? stripped : stripped.substring(0, MOST_WORDS);
    }

    public String getPage() {
        return String.valueOf(pageNumber);
    }

    public void setPage(String value) {
        String n = number(value, MOST_PAGES);
        this.pageNumber = n.isEmpty() ? 1 : Math.max(1, Integer.parseInt(n));
    }

    private static <E extends Enum<E>> String known(String value, Class<E> type) {
        if (value == null) {
            return "";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        return "";
    }

    /** A positive whole number up to {@code most}, as text; "" for anything else. */
    private static String number(String value, long most) {
        if (value == null
                || value.isEmpty()
                || value.length() > 19
                || !value.chars().allMatch(Character::isDigit)) {
            return "";
        }
        try {
            long n = Long.parseLong(value);
            return n >= 1 && n <= most ? String.valueOf(n) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
