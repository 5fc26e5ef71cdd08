package org.policyforum.web.poll;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.boundary.Polls.PollSummary;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** Every poll, newest first, open and closed (the archive of frozen results), a page at a time. */
@Named
@ViewScoped
public class PollListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    private final LazyDataModel<PollSummary> all =
            PagedList.of(() -> polls.count(), (first, size) -> polls.list(first, size));

    public LazyDataModel<PollSummary> getAll() {
        return all;
    }
}
