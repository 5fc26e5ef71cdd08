package org.policyforum.web.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.award.boundary.AwardViews.RoundView;
import org.policyforum.award.boundary.HallOfFame;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** Past rounds by month and forum with their winners, newest first, a page at a time. */
@Named
@ViewScoped
public class HallOfFamePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallOfFame hallOfFame;

    private final LazyDataModel<RoundView> rounds =
            PagedList.of(() -> hallOfFame.count(), (first, size) -> hallOfFame.rounds(first, size));

    public LazyDataModel<RoundView> getRounds() {
        return rounds;
    }
}
