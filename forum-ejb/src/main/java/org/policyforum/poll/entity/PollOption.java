package org.policyforum.poll.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One answer a poll offers; fixed once the poll exists, so ballots always mean what the voter saw. */
@Entity
@Cacheable
@Table(name = "poll_option")
public class PollOption implements Serializable {

    public static final int MAX_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "poll_option_seq", sequenceName = "poll_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_option_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "poll_id")
    private Poll poll;

    private int position;
    private String label;

    protected PollOption() {}

    PollOption(Poll poll, int position, String label) {
        this.poll = poll;
        this.position = position;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}
