-- Comments on ideas (issue: idea comments), with the same rules as comments on opinions: threads, edit history,
-- withdrawal, one agree/disagree per member per comment. The idea feature's own tables: the discussion's stay its own.

CREATE SEQUENCE idea_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea_comment (
    id          BIGINT         NOT NULL PRIMARY KEY,
    idea_id     BIGINT         NOT NULL REFERENCES idea (id),
    parent_id   BIGINT         REFERENCES idea_comment (id),
    -- the first comment of the thread (null for a comment that starts one): a page of threads in one query
    root_id     BIGINT         REFERENCES idea_comment (id),
    author_id   BIGINT         NOT NULL REFERENCES member (id),
    body        VARCHAR(3000)  NOT NULL,
    status      VARCHAR(12)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    edited_at   TIMESTAMP,
    version     BIGINT         NOT NULL
);
CREATE INDEX ix_idea_comment_idea ON idea_comment (idea_id, created_at);
CREATE INDEX ix_idea_comment_root ON idea_comment (root_id);
CREATE INDEX ix_idea_comment_author ON idea_comment (author_id);

-- One reaction per member per comment: the primary key decides, also between two clicks that arrive together.
CREATE TABLE idea_comment_reaction (
    comment_id  BIGINT      NOT NULL REFERENCES idea_comment (id),
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    kind        VARCHAR(8)  NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (comment_id, member_id)
);

-- What a comment said before each edit.
CREATE SEQUENCE idea_comment_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea_comment_revision (
    id           BIGINT         NOT NULL PRIMARY KEY,
    comment_id   BIGINT         NOT NULL REFERENCES idea_comment (id),
    body         VARCHAR(3000)  NOT NULL,
    replaced_at  TIMESTAMP      NOT NULL
);
CREATE INDEX ix_idea_comment_revision ON idea_comment_revision (comment_id, replaced_at);

-- The follow digest now also lists followed ideas with news (state changes, answers, comments).
ALTER TABLE follow_digest ADD COLUMN ideas INTEGER DEFAULT 0 NOT NULL;
