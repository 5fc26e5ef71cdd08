package org.policyforum.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.moderation.boundary.ModerationReports;
import org.policyforum.moderation.boundary.ModerationReports.MyReport;

/** "My reports" on the member's own page: what they reported and what the moderators made of it. */
@Named
@RequestScoped
public class MyReportsBox {

    @Inject
    ModerationReports reports;

    private List<MyReport> mine;

    public List<MyReport> getMine() {
        if (mine == null) {
            mine = reports.mine();
        }
        return mine;
    }
}
