package org.policyforum.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.report.boundary.Surveys;
import org.policyforum.report.boundary.Surveys.SurveyLine;

/** The open surveys meant for the member, with whether they answered each. Members only (web.xml). */
@Named
@RequestScoped
public class SurveyListPage {

    @Inject
    Surveys surveys;

    private List<SurveyLine> lines;

    public List<SurveyLine> getSurveys() {
        if (lines == null) {
            lines = surveys.openForMe();
        }
        return lines;
    }
}
