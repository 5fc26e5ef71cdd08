-- Polls (issue 4): a question with 2-10 options, beside a topic or on its own; one ballot per member per poll.

CREATE SEQUENCE poll_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE poll (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    topic_id             BIGINT        REFERENCES topic (id),
    question             VARCHAR(500)  NOT NULL,
    max_choices          INTEGER       NOT NULL,
    opens_at             TIMESTAMP     NOT NULL,
    closes_at            TIMESTAMP     NOT NULL,
    eligibility          VARCHAR(12)   NOT NULL,
    results_before_vote  BOOLEAN       NOT NULL,
    ballot_changeable    BOOLEAN       NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    created_by           BIGINT        REFERENCES member (id),
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_poll_topic ON poll (topic_id);
CREATE INDEX ix_poll_opens ON poll (opens_at);

CREATE SEQUENCE poll_option_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE poll_option (
    id        BIGINT        NOT NULL PRIMARY KEY,
    poll_id   BIGINT        NOT NULL REFERENCES poll (id),
    position  INTEGER       NOT NULL,
    label     VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_poll_option_position UNIQUE (poll_id, position)
);

-- One ballot per member per poll: the unique key decides, also between two posts that arrive together. The tally is
-- a COUNT over ballot_choice rows (no counter row that every vote would update and queue behind).
CREATE SEQUENCE ballot_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ballot (
    id          BIGINT     NOT NULL PRIMARY KEY,
    poll_id     BIGINT     NOT NULL REFERENCES poll (id),
    member_id   BIGINT     NOT NULL REFERENCES member (id),
    cast_at     TIMESTAMP  NOT NULL,
    changed_at  TIMESTAMP  NOT NULL,
    version     BIGINT     NOT NULL,
    CONSTRAINT uq_ballot_poll_member UNIQUE (poll_id, member_id)
);

CREATE TABLE ballot_choice (
    ballot_id  BIGINT  NOT NULL REFERENCES ballot (id),
    option_id  BIGINT  NOT NULL REFERENCES poll_option (id),
    PRIMARY KEY (ballot_id, option_id)
);
CREATE INDEX ix_ballot_choice_option ON ballot_choice (option_id);
