package org.policyforum.web.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.award.boundary.Awards;
import org.policyforum.award.boundary.Awards.RoundView;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** Past rounds by month and forum with their winners, newest first, a page at a time. */
@Named
@ViewScoped
public class HallOfFamePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Awards awards;

    private final LazyDataModel<RoundView> rounds =
            PagedList.of(() -> awards.hallOfFameSize(), (first, size) -> awards.hallOfFame(first, size));

    public LazyDataModel<RoundView> getRounds() {
        return rounds;
    }
}
