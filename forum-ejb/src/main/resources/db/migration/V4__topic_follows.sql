-- Members who follow a topic; the mail module will send them a digest of what happened.
CREATE TABLE topic_follow (
    member_id   BIGINT     NOT NULL REFERENCES member (id),
    topic_id    BIGINT     NOT NULL REFERENCES topic (id),
    created_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (member_id, topic_id)
);
CREATE INDEX ix_topic_follow_topic ON topic_follow (topic_id);
