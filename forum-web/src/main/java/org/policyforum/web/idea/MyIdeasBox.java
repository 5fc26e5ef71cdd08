package org.policyforum.web.idea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.idea.boundary.IdeaViews.MyIdea;
import org.policyforum.idea.boundary.Ideas;

/** "What became of my voice", ideas part: on the member's own page, the ideas they proposed or supported. */
@Named
@RequestScoped
public class MyIdeasBox {

    @Inject
    Ideas ideas;

    private List<MyIdea> mine;

    public List<MyIdea> getMine() {
        if (mine == null) {
            mine = ideas.mine();
        }
        return mine;
    }
}
