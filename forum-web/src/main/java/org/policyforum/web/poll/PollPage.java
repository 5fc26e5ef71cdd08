package org.policyforum.web.poll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.poll.boundary.Polls;
import org.policyforum.poll.boundary.Polls.PollView;
import org.policyforum.web.member.CurrentUser;
import org.policyforum.web.operations.ForumMeters;
import org.policyforum.web.platform.FacesMessages;

/**
 * A poll: the ballot form for members who may vote, the results (bars and a chart) that update live. Request-scoped
 * like {@link org.policyforum.web.topic.TopicPage} and for the same reason: a reader who is not logged in gets a
 * stateless view and no session (a poll linked from a news site must not cost the server a session per visitor). The
 * ballot form carries the poll's id in a hidden field, so a post-back without JavaScript finds its poll again.
 */
@Named
@RequestScoped
public class PollPage {

    @Inject
    Polls polls;

    @Inject
    ForumMeters meters;

    @Inject
    CurrentUser currentUser;

    /**
     * The address, injected by OmniFaces when the bean is made: the ballot form is decoded before a view parameter
     * would set it. On a first request the o:viewParam answers 404 when the id is missing or not a number.
     */
    @Param(name = "id")
    private Long id;

    private PollView poll;
    private String single;
    private List<String> many = new ArrayList<>();

    /** f:viewAction: an unknown poll is a plain 404; a reader who is not logged in gets a stateless view. */
    public void load() throws IOException {
        currentUser.statelessForReaders();
        poll = id == null ? null : polls.view(id).orElse(null);
        if (poll == null) {
            Faces.responseSendError(404, "no such poll");
            return;
        }
        if (poll.multiple()) {
            many = poll.myChoices().stream().map(String::valueOf).toList();
        } else {
            single = poll.myChoices().stream().findFirst().map(String::valueOf).orElse(null);
        }
    }

    public void vote() {
        Set<Long> choices = new HashSet<>();
        if (getPoll().multiple()) {
            many.forEach(c -> choices.add(Long.valueOf(c)));
        } else if (single != null) {
            choices.add(Long.valueOf(single));
        }
        try {
            var receipt = polls.castBallot(id, choices);
            meters.ballotCounted();
            FacesMessages.info(receipt.changed() ? "ballot.changed" : "ballot.cast");
        } catch (RuleViolation violation) {
            if ("choices".equals(violation.field())) {
                // the choice field is the radio group or the check boxes, whichever this poll shows
                FacesMessages.error(
                        "ballot:" + (getPoll().multiple() ? "many" : "single"),
                        violation.messageKey(),
                        violation.arguments());
            } else {
                FacesMessages.show(violation, "ballot");
            }
        }
        poll = polls.view(id).orElse(poll);
    }

    public PollView getPoll() {
        if (poll == null && id != null) {
            poll = polls.view(id).orElse(null);
        }
        return poll;
    }

    public String getChart() {
        return PollJson.barChart(getPoll().results(), FacesMessages.text("admin.polls.count"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMany() {
        return many;
    }

    public void setMany(List<String> many) {
        this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
    }
}
