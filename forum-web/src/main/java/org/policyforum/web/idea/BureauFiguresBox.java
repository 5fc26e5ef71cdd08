package org.policyforum.web.idea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.idea.boundary.IdeaFigures;
import org.policyforum.idea.boundary.IdeaViews.BureauFigures;

/** Each bureau's public record of answers to ideas (answered, on time, median days, open, overdue). */
@Named
@RequestScoped
public class BureauFiguresBox {

    @Inject
    IdeaFigures figures;

    private List<BureauFigures> rows;

    public List<BureauFigures> getRows() {
        if (rows == null) {
            rows = figures.byBureau();
        }
        return rows;
    }
}
