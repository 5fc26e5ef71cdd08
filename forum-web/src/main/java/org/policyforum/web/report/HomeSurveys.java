package org.policyforum.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.report.boundary.Surveys;
import org.policyforum.report.boundary.Surveys.SurveyLine;

/**
 * The home page's invitation: the open surveys meant for the member that they have not answered yet. Asked only for
 * a logged-in citizen (the page's condition), so the readers' home page asks nothing and stays cheap.
 */
@Named
@RequestScoped
public class HomeSurveys {

    @Inject
    Surveys surveys;

    private List<SurveyLine> waiting;

    public List<SurveyLine> getWaiting() {
        if (waiting == null) {
            waiting = surveys.openForMe().stream().filter(s -> !s.answered()).toList();
        }
        return waiting;
    }
}
