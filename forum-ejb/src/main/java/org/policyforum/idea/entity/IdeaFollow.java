package org.policyforum.idea.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's follow of one idea (see {@link IdeaMark}). */
@Entity
@Table(name = "idea_follow")
@IdClass(IdeaMark.Key.class)
public class IdeaFollow extends IdeaMark {

    protected IdeaFollow() {}

    public IdeaFollow(long ideaId, long memberId, Instant now) {
        super(ideaId, memberId, now);
    }
}
