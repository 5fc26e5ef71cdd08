package org.policyforum.web.award;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.policyforum.award.boundary.Awards;
import org.policyforum.award.boundary.Awards.RoundView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Past rounds by month and forum with their winners, newest first, a page at a time. */
@Named
@ViewScoped
public class HallOfFamePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Awards awards;

    private final LazyDataModel<RoundView> rounds = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) awards.hallOfFameSize();
        }

        @Override
        public List<RoundView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return awards.hallOfFame(first, pageSize);
        }

        @Override
        public String getRowKey(RoundView round) {
            return String.valueOf(round.id());
        }
    };

    public LazyDataModel<RoundView> getRounds() {
        return rounds;
    }
}
