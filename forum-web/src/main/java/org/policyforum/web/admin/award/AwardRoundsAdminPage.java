package org.policyforum.web.admin.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import org.policyforum.award.boundary.AwardRounds;
import org.policyforum.award.boundary.RoundForm;
import org.policyforum.award.entity.AwardRound;
import org.policyforum.platform.boundary.Settings;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.entity.Forum;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** Award rounds in the admin console: every round, newest month first; operators open a new one. */
@Named
@ViewScoped
public class AwardRoundsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardRounds rounds;

    @Inject
    Settings settings;

    private final RoundForm form = new RoundForm();
    private String month;

    private final LazyDataModel<AwardRound> list =
            PagedList.of(() -> rounds.count(), (first, size) -> rounds.list(first, size));

    /**
     * The seed's rhythm as a starting point: this month's discussants, voting in the first week of next month.
     * Operators change any of it before saving.
     */
    @jakarta.annotation.PostConstruct
    void defaults() {
        LocalDate today = LocalDate.now(settings.organisationClock());
        YearMonth thisMonth = YearMonth.from(today);
        month = thisMonth.toString();
        form.setMonth(thisMonth);
        form.setVotingOpensAt(thisMonth.plusMonths(1).atDay(1).atTime(9, 0));
        form.setVotingClosesAt(thisMonth.plusMonths(1).atDay(8).atTime(18, 0));
    }

    public void open() {
        try {
            form.setMonth(parseMonth());
            rounds.open(form);
            FacesMessages.info("admin.award.opened");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "round");
        }
    }

    private YearMonth parseMonth() {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation("month", "award.round.month.invalid");
        }
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public LazyDataModel<AwardRound> getList() {
        return list;
    }

    public RoundForm getForm() {
        return form;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
