package org.policyforum.web.admin.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.idea.boundary.IdeaAnswers;
import org.policyforum.idea.boundary.IdeaViews.Owed;
import org.policyforum.web.platform.PagedList;
import org.primefaces.model.LazyDataModel;

/** The answers the official's bureau owes (an operator: every bureau's), overdue first, then by due date. */
@Named
@ViewScoped
public class ObligationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaAnswers answers;

    private boolean includeAnswered;

    private final LazyDataModel<Owed> rows = PagedList.of(
            () -> answers.queueSize(includeAnswered), (first, size) -> answers.queue(includeAnswered, first, size));

    public LazyDataModel<Owed> getRows() {
        return rows;
    }

    public boolean isIncludeAnswered() {
        return includeAnswered;
    }

    public void setIncludeAnswered(boolean includeAnswered) {
        this.includeAnswered = includeAnswered;
    }
}
