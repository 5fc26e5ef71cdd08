package org.policyforum.web.poll;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.boundary.Polls.PollSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Every poll, newest first, open and closed (the archive of frozen results), a page at a time. */
@Named
@ViewScoped
public class PollListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    private final LazyDataModel<PollSummary> all = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) polls.count();
        }

        @Override
        public List<PollSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return polls.list(first, pageSize);
        }
    };

    public LazyDataModel<PollSummary> getAll() {
        return all;
    }
}
