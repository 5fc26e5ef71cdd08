-- Threaded comments under opinions, agree/disagree reactions, and the edit history of opinions and comments.

CREATE SEQUENCE comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE opinion_comment (
    id          BIGINT         NOT NULL PRIMARY KEY,
    opinion_id  BIGINT         NOT NULL REFERENCES opinion (id),
    parent_id   BIGINT         REFERENCES opinion_comment (id),
    author_id   BIGINT         NOT NULL REFERENCES member (id),
    body        VARCHAR(3000)  NOT NULL,
    status      VARCHAR(12)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    edited_at   TIMESTAMP,
    version     BIGINT         NOT NULL
);
CREATE INDEX ix_comment_opinion ON opinion_comment (opinion_id, created_at);

-- One reaction per member per item: the unique key decides, also between two clicks that arrive together.
CREATE SEQUENCE reaction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reaction (
    id           BIGINT       NOT NULL PRIMARY KEY,
    member_id    BIGINT       NOT NULL REFERENCES member (id),
    target_type  VARCHAR(8)   NOT NULL,
    target_id    BIGINT       NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uq_reaction_member_target UNIQUE (member_id, target_type, target_id)
);
CREATE INDEX ix_reaction_target ON reaction (target_type, target_id, kind);

-- What an opinion or comment said before each edit.
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE revision (
    id           BIGINT         NOT NULL PRIMARY KEY,
    target_type  VARCHAR(8)     NOT NULL,
    target_id    BIGINT         NOT NULL,
    stance       VARCHAR(8),
    body         VARCHAR(10000) NOT NULL,
    replaced_at  TIMESTAMP      NOT NULL
);
CREATE INDEX ix_revision_target ON revision (target_type, target_id, replaced_at);
