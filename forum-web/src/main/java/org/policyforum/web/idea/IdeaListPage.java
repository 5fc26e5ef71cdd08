package org.policyforum.web.idea;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.policyforum.idea.boundary.IdeaViews;
import org.policyforum.idea.boundary.IdeaViews.Page;
import org.policyforum.idea.boundary.IdeaViews.Query;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.idea.entity.IdeaState;
import org.policyforum.platform.control.Text;
import org.policyforum.web.member.CurrentUser;

/**
 * The public list of ideas: narrowed by words, category and state, sorted by supports (or newest, or ending soon),
 * twenty a page. Request-scoped and driven by the address alone (a GET form), so a visitor gets a stateless,
 * bookmarkable page that {@link org.policyforum.web.platform.ReaderPageCache} serves to every reader from one copy.
 * Nonsense in the address is the default list, not an error.
 */
@Named
@RequestScoped
public class IdeaListPage {

    static final int MOST_WORDS = 100;

    @Inject
    Ideas ideas;

    @Inject
    CurrentUser currentUser;

    @Param(name = "q")
    private String words;

    @Param(name = "category")
    private String category;

    @Param(name = "state")
    private String state;

    @Param(name = "sort")
    private String sort;

    @Param(name = "page")
    private String page;

    private Long categoryId;
    private IdeaState stateFilter;
    private Query.Sort order = Query.Sort.SUPPORTS;
    private int pageNumber;
    private Page result;
    private List<IdeaCategory> categories;

    @PostConstruct
    void normaliseAddress() {
        String searched = Text.searchWords(words, MOST_WORDS);
        words = searched;
        categoryId = number(category);
        stateFilter = constant(IdeaState.class, state);
        Query.Sort chosen = constant(Query.Sort.class, sort);
        order = chosen == null ? Query.Sort.SUPPORTS : chosen;
        Long asked = number(page);
        pageNumber = asked == null ? 0 : (int) Math.min(Math.max(0, asked - 1), 10_000);
    }

    /** f:viewAction: a visitor gets a stateless view. */
    public void load() {
        currentUser.statelessForReaders();
    }

    public Page getResult() {
        if (result == null) {
            result = ideas.list(new Query(words, categoryId, stateFilter, null, order), pageNumber);
        }
        return result;
    }

    public List<IdeaCategory> getCategories() {
        if (categories == null) {
            categories = ideas.categories();
        }
        return categories;
    }

    public IdeaState[] getStates() {
        return IdeaState.values();
    }

    public Query.Sort[] getSorts() {
        return Query.Sort.values();
    }

    public String getWords() {
        return words;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getState() {
        return stateFilter == null ? null : stateFilter.name();
    }

    public String getSort() {
        return order.name();
    }

    /** The page shown, counted from 1 as the address counts it. */
    public int getPage() {
        return pageNumber + 1;
    }

    public boolean isFiltered() {
        return words != null || categoryId != null || stateFilter != null;
    }

    public List<IdeaViews.Row> getRows() {
        return getResult().rows();
    }

    private static Long number(String text) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        if (text == null || text.isBlank() || text.length() > 20) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
