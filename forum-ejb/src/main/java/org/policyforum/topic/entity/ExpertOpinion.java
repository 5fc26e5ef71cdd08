package org.policyforum.topic.entity;

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

/** An expert's brief for or against a topic, shown side by side with the other side's. */
@Entity
@Table(name = "expert_opinion")
@NamedQuery(
        name = ExpertOpinion.OF_TOPIC,
        query = "SELECT e FROM ExpertOpinion e WHERE e.topic = :topic ORDER BY e.stance, e.id")
public class ExpertOpinion {

    public static final String OF_TOPIC = "ExpertOpinion.ofTopic";

    @Id
    @SequenceGenerator(name = "expert_opinion_seq", sequenceName = "expert_opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_opinion_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    @Column(name = "expert_name")
    private String expertName;

    private String affiliation;
    private String title;
    private String body;

    @ManyToOne
    @JoinColumn(name = "expert_id")
    private Member expert;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ExpertOpinion() {}

    public ExpertOpinion(
            Topic topic,
            Stance stance,
            String expertName,
            String affiliation,
            String title,
            String body,
            Member expert,
            Instant now) {
        if (stance == Stance.NEUTRAL) {
            throw new IllegalArgumentException("an expert brief argues for or against");
        }
        this.topic = Objects.requireNonNull(topic);
        this.stance = stance;
        this.expertName = Objects.requireNonNull(expertName).strip();
        this.affiliation = affiliation;
        this.title = Objects.requireNonNull(title).strip();
        this.body = Objects.requireNonNull(body);
        this.expert = expert;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Stance getStance() {
        return stance;
    }

    public String getExpertName() {
        return expertName;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
