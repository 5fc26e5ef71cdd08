package org.policyforum.web.topic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.discussion.boundary.Opinions;
import org.policyforum.discussion.boundary.TopicPages;
import org.policyforum.discussion.boundary.TopicPages.TopicDetails;
import org.policyforum.topic.entity.Stance;
import org.policyforum.web.member.CurrentUser;
import org.policyforum.web.moderation.WritingRestriction;

/**
 * A topic: background, the experts' pro and con briefs side by side, stance counts and the opinions, as everyone reads
 * it. Request-scoped and driven by the address alone (id, order, stance, shown), so that a reader who is not logged in
 * gets a page with no session and no view state, one {@link org.policyforum.web.platform.ReaderPageCache} can serve to
 * every reader. What a member does on the page (post, react, edit, follow) is {@link TopicParticipation}'s.
 */
@Named
@RequestScoped
public class TopicPage {

    static final int OPINIONS_SHOWN = 50;
    /** A reader may ask for more opinions in steps of 50 up to this many; more is what the archive's paging is for. */
    static final int MOST_SHOWN = 1000;

    @Inject
    TopicPages topicPages;

    @Inject
    CurrentUser currentUser;

    @Inject
    WritingRestriction restriction;

    @Inject
    Opinions opinions;

    /*
     * The address, injected by OmniFaces when the bean is made: on a member's post-back (each form carries the address
     * in hidden fields, see topic-address.xhtml) the page's forms ask for the topic while they are decoded, before the
     * view parameters would have set anything. The view parameters stay for the language links (includeViewParams);
     * on a first request the id's o:viewParam answers 404 when the id is missing or not a number. Order, stance and
     * shown come as text, so that nonsense in them is the default page (normalised below), not a failed conversion.
     */
    @Param(name = "id")
    private Long id;

    @Param(name = "order")
    private String order;

    @Param(name = "stance")
    private String filter;

    @Param(name = "shown")
    private String askedShown;

    private int shown = OPINIONS_SHOWN;
    private TopicDetails details;
    private Boolean mayWrite;

    /** Unknown values in the address are the defaults, as the setters say. */
    @PostConstruct
    void normaliseAddress() {
        setOrder(order);
        setFilter(filter);
        setShown(askedShown);
    }

    /**
     * f:viewAction: an unknown or unpublished topic is a plain 404, like any page that does not exist. A reader who is
     * not logged in gets a stateless view: it has no form to post back, so it needs no state on the server.
     */
    public void load() throws IOException {
        currentUser.statelessForReaders();
        if (getDetails() == null) {
            Faces.responseSendError(404, "no such topic");
        }
    }

    /** After a change: the page reads the topic again when it renders. */
    void refresh() {
        details = null;
    }

    public TopicDetails getDetails() {
        if (details == null && topicId() != null) {
            Stance stanceFilter = filter.isEmpty() ? null : Stance.valueOf(filter);
            details = topicPages
                    .page(
                            topicId(),
                            new TopicPages.OpinionQuery(stanceFilter, TopicPages.Order.valueOf(order), 0, shown))
                    .orElse(null);
        }
        return details;
    }

    /**
     * Whether the viewer may react, comment and reply now: a citizen who may write in this topic's forum (the Youth
     * Forum's rule), on a topic that takes opinions.
     */
    public boolean isMayTakePart() {
        TopicDetails page = getDetails();
        return page != null && page.acceptsOpinions() && isMayWriteInForum();
    }

    /** A citizen who may not write here (a Youth Forum topic, not a panelist): told why, instead of a form. */
    public boolean isWritingRefused() {
        TopicDetails page = getDetails();
        return page != null
                && page.acceptsOpinions()
                && currentUser.hasRole("CITIZEN")
                && !isMayWriteInForum()
                && !restriction.isRestricted();
    }

    /**
     * Asked once per request, and only for members: a reader's page asks nothing about its reader. A member whom a
     * sanction keeps from writing gets the sanction notice instead of the forms.
     */
    private boolean isMayWriteInForum() {
        if (mayWrite == null) {
            mayWrite = currentUser.hasRole("CITIZEN")
                    && opinions.mayWriteIn(getDetails().topic().getForum())
                    && !restriction.isRestricted();
        }
        return mayWrite;
    }

    /** The id from the address; one that was not a number is no topic. */
    Long topicId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOrder() {
        return order;
    }

    /** From the address: an unknown order is the default one, as an unknown stance is "all". */
    public void setOrder(String order) {
        this.order = Arrays.stream(TopicPages.Order.values())
                .map(Enum::name)
                .filter(n -> n.equals(order))
                .findFirst()
                .orElse(TopicPages.Order.NEWEST.name());
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = Arrays.stream(Stance.values())
                .map(Enum::name)
                .filter(n -> n.equals(filter))
                .findFirst()
                .orElse("");
    }

    /** How many opinions the page shows: 50 more per "more" link, never beyond {@link #MOST_SHOWN}. */
    public String getShown() {
        return String.valueOf(shown);
    }

    /** From the address: anything that is not a number is the first page. */
    public void setShown(String asked) {
        int wanted;
        try {
            wanted = asked == null ? OPINIONS_SHOWN : Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            wanted = OPINIONS_SHOWN;
        }
        shown = Math.min(MOST_SHOWN, Math.max(OPINIONS_SHOWN, wanted - wanted % OPINIONS_SHOWN));
    }

    public int getNextShown() {
        return Math.min(MOST_SHOWN, shown + OPINIONS_SHOWN);
    }

    public Stance[] getStances() {
        return Stance.values();
    }
}
