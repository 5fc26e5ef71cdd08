package org.policyforum.discussion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Member;

/** A comment under an opinion, or a reply to another comment of the same opinion. Plain text. */
@Entity
@Table(name = "opinion_comment")
@NamedQuery(
        name = Comment.OF_OPINIONS,
        query = "SELECT c FROM Comment c JOIN FETCH c.author WHERE c.opinion.id IN :opinions ORDER BY "
                + "c.createdAt, c.id")
public class Comment extends Contribution {

    public static final String OF_OPINIONS = "Comment.ofOpinions";
    public static final int MAX_LENGTH = 3_000;

    @Id
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opinion_id")
    private Opinion opinion;

    @Column(name = "parent_id")
    private Long parentId;

    /** The opinion's topic, kept here so that a topic's comments are read by index (see V30). */
    @Column(name = "topic_id", nullable = false, updatable = false)
    private Long topicId;

    protected Comment() {}

    public Comment(Opinion opinion, Comment parent, Member author, String body, Instant now) {
        super(author, body, now);
        if (parent != null && !parent.opinion.getId().equals(opinion.getId())) {
            throw new IllegalArgumentException("a reply stays under the same opinion");
        }
        this.opinion = Objects.requireNonNull(opinion);
        this.parentId = parent == null ? null : parent.getId();
        this.topicId = opinion.getTopic().getId();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public Long getParentId() {
        return parentId;
    }
}
