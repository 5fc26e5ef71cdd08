package org.policyforum.web.outcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.boundary.Outcomes.OutcomeView;
import org.policyforum.web.member.CurrentUser;

/** One policy outcome ({@code /outcomes/{id}}): summary, sub-results, timeline. Stateless for visitors. */
@Named
@RequestScoped
public class OutcomePage {

    @Inject
    Outcomes outcomes;

    @Inject
    CurrentUser currentUser;

    @Param(name = "id")
    private Long id;

    private OutcomeView view;

    /** f:viewAction: an unknown outcome is a plain 404. */
    public void load() throws IOException {
        currentUser.statelessForReaders();
        view = id == null ? null : outcomes.outcome(id).orElse(null);
        if (view == null) {
            Faces.responseSendError(404, "no such outcome");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutcomeView getView() {
        return view;
    }
}
