package org.policyforum.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.policyforum.partner.boundary.PartnerGate;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.topic.boundary.Topics;
import org.policyforum.topic.entity.Forum;
import org.policyforum.web.platform.LocaleSelection;

/**
 * The partner widget ({@code /widget/topic?partner=<public id>}): the main forum's open topic, its briefs'
 * titles, its poll's live counts and a link to take part. Stateless for everyone (a transient view, no session, no
 * cookie: a framed page gets no first-party cookies anyway), and framed only by the partner's registered origins:
 * the page names them as {@code frame-ancestors}, and an unknown or inactive partner gets {@code 'none'} and a 404.
 */
@Named
@RequestScoped
public class WidgetPage {

    @Inject
    PartnerGate gate;

    @Inject
    Topics topics;

    @Inject
    Polls polls;

    private Optional<Topics.MailContent> topic;
    private Optional<Polls.PollView> poll;

    /** f:viewAction: the frame policy first, whatever follows. */
    public void load() throws IOException {
        Faces.getViewRoot().setTransient(true);
        // read here, not injected by @Param: the page's html element asks this bean for the language before there is
        // a view root for OmniFaces to convert against
        Optional<List<String>> origins = gate.widgetOrigins(Faces.getRequestParameter("partner"));
        Faces.addResponseHeader(
                "Content-Security-Policy",
                "frame-ancestors " + origins.map(o -> String.join(" ", o)).orElse("'none'"));
        if (origins.isEmpty()) {
            Faces.responseSendError(404, "no such partner");
        }
    }

    /**
     * The language the partner asks for ({@code &lang=en}) or the reader's browser prefers; never remembered in a
     * cookie, unlike the forum's own pages.
     */
    public Locale getLocale() {
        return LocaleSelection.of(Faces.getRequest());
    }

    public Topics.MailContent getTopic() {
        if (topic == null) {
            topic = topics.newestOpen(Forum.MAIN).flatMap(topics::mailContent);
        }
        return topic.orElse(null);
    }

    public Polls.PollView getPoll() {
        if (poll == null) {
            poll = getTopic() == null
                    ? Optional.empty()
                    : polls.forTopic(getTopic().id());
        }
        return poll.orElse(null);
    }
}
