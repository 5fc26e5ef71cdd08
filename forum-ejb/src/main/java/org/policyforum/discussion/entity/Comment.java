package org.policyforum.discussion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.policyforum.member.entity.Member;

/** A comment under an opinion, or a reply to another comment of the same opinion. Plain text. */
@Entity
@Table(name = "opinion_comment")
@NamedQuery(
        name = Comment.OF_OPINIONS,
        query =
                "SELECT c FROM Comment c JOIN FETCH c.author WHERE c.opinion.id IN :opinions ORDER BY c.createdAt, c.id")
public class Comment {

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

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    private String body;

    @Enumerated(EnumType.STRING)
    private Opinion.Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Comment() {}

    public Comment(Opinion opinion, Comment parent, Member author, String body, Instant now) {
        if (parent != null && !parent.opinion.getId().equals(opinion.getId())) {
            throw new IllegalArgumentException("a reply stays under the same opinion");
        }
        this.opinion = Objects.requireNonNull(opinion);
        this.parentId = parent == null ? null : parent.getId();
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body).strip();
        this.status = Opinion.Status.VISIBLE;
        this.createdAt = now;
    }

    /** Changes the text; returns what it said before, for the history. */
    public Revision edit(String newBody, Instant now) {
        requireVisible();
        Revision previous = new Revision(TargetType.COMMENT, id, null, body, now);
        body = Objects.requireNonNull(newBody).strip();
        editedAt = now;
        return previous;
    }

    public void withdraw() {
        requireVisible();
        status = Opinion.Status.WITHDRAWN;
    }

    private void requireVisible() {
        if (status != Opinion.Status.VISIBLE) {
            throw new IllegalStateException("comment is " + status);
        }
    }

    public boolean isWrittenBy(Member member) {
        return author.getId().equals(member.getId());
    }

    public Long getId() {
        return id;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public Long getParentId() {
        return parentId;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Opinion.Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
