package org.policyforum.web.topic;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.member.boundary.Bureaus;
import org.policyforum.member.entity.Bureau;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Suggestions;
import org.policyforum.topic.boundary.Suggestions.SuggestionView;
import org.policyforum.topic.entity.Forum;
import org.policyforum.web.member.CurrentUser;
import org.policyforum.web.platform.FacesMessages;

/** The suggestion box: open suggestions with their support, the form for a new one, and one's own with decisions. */
@Named
@ViewScoped
public class SuggestionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suggestions suggestions;

    @Inject
    Bureaus bureaus;

    @Inject
    CurrentUser currentUser;

    @Inject
    Ideas ideas;

    private transient List<SuggestionView> box;
    private transient List<SuggestionView> mine;
    private transient Map<Long, Long> fromIdeas;
    private Forum forum = Forum.MAIN;
    private String title;
    private String why;
    private Long bureauId;

    @PostConstruct
    void load() {
        box = suggestions.box(0, 100);
        mine = currentUser.isLoggedIn() ? suggestions.mine() : List.of();
        fromIdeas =
                ideas.ideasOfSuggestions(box.stream().map(SuggestionView::id).toList());
    }

    /** The citizen's idea a suggestion came from, or null. */
    public Long ideaOf(long suggestionId) {
        if (fromIdeas == null) {
            load();
        }
        return fromIdeas.get(suggestionId);
    }

    public void submit() {
        try {
            boolean held = suggestions.submit(forum, title, why, bureauId).isHidden();
            title = null;
            why = null;
            bureauId = null;
            FacesMessages.info(held ? "suggestion.held" : "suggestion.submitted");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "suggest");
        }
        load();
    }

    public void support(long id) {
        try {
            suggestions.support(id);
            FacesMessages.info("suggestion.supported");
        } catch (RuleViolation violation) {
            FacesMessages.show(new RuleViolation(null, violation.messageKey(), violation.arguments()), "box");
        }
        load();
    }

    public List<SuggestionView> getBox() {
        if (box == null) {
            load();
        }
        return box;
    }

    public List<SuggestionView> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public List<Bureau> getBureaus() {
        return bureaus.active();
    }

    public Forum[] getForums() {
        return Forum.values();
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public Long getBureauId() {
        return bureauId;
    }

    public void setBureauId(Long bureauId) {
        this.bureauId = bureauId;
    }
}
