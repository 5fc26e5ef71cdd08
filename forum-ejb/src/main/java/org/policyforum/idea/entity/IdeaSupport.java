package org.policyforum.idea.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's support of one idea (see {@link IdeaMark}). */
@Entity
@Table(name = "idea_support")
@IdClass(IdeaMark.Key.class)
public class IdeaSupport extends IdeaMark {

    protected IdeaSupport() {}

    public IdeaSupport(long ideaId, long memberId, Instant now) {
        super(ideaId, memberId, now);
    }
}
