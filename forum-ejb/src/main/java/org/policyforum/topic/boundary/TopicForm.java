package org.policyforum.topic.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.policyforum.topic.entity.Forum;

/**
 * What an official or operator fills in for a topic. Times are wall-clock times in the organisation's time zone;
 * the background is HTML that is sanitised on the way in.
 */
public class TopicForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{topic.forum.required}")
    private Forum forum = Forum.MAIN;

    @NotBlank(message = "{topic.title.required}")
    @Size(max = 200, message = "{topic.title.size}")
    private String title;

    @NotBlank(message = "{topic.summary.required}")
    @Size(max = 1000, message = "{topic.summary.size}")
    private String summary;

    @Size(max = 100000, message = "{topic.background.size}")
    private String background;

    private Long bureauId;
    private Long suggestionId;

    @NotNull(message = "{topic.opensAt.required}")
    private LocalDateTime opensAt;

    @NotNull(message = "{topic.closesAt.required}")
    private LocalDateTime closesAt;

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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public Long getBureauId() {
        return bureauId;
    }

    public void setBureauId(Long bureauId) {
        this.bureauId = bureauId;
    }

    public Long getSuggestionId() {
        return suggestionId;
    }

    public void setSuggestionId(Long suggestionId) {
        this.suggestionId = suggestionId;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }
}
