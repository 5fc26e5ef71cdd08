-- An operator invites an expert member to write the PRO or CON brief of a topic; the brief links back to it.
CREATE SEQUENCE expert_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE expert_invitation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    topic_id    BIGINT        NOT NULL REFERENCES topic (id),
    expert_id   BIGINT        NOT NULL REFERENCES member (id),
    stance      VARCHAR(8)    NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    answered_at TIMESTAMP,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_expert_invitation UNIQUE (topic_id, expert_id)
);
