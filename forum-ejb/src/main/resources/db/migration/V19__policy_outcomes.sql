-- Policy outcomes (issue 12): what the city did with a closed topic or an accepted idea. Portable SQL (H2, PostgreSQL).

-- One outcome per source: the unique key decides, also between two officials saving at the same moment.
-- Title, link and year are the source's, copied when the outcome is written, so the public tracker reads one table.
CREATE SEQUENCE policy_outcome_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE policy_outcome (
    id               BIGINT         NOT NULL PRIMARY KEY,
    source_kind      VARCHAR(8)     NOT NULL,
    source_id        BIGINT         NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    source_link      VARCHAR(300)   NOT NULL,
    source_year      INTEGER        NOT NULL,
    bureau_id        BIGINT         NOT NULL REFERENCES bureau (id),
    status           VARCHAR(20)    NOT NULL,
    summary          VARCHAR(4000)  NOT NULL,
    -- the outcome's own progress, or the (weighted) mean of its sub-results' when it has any
    progress         INTEGER        NOT NULL,
    -- the newest timeline entry (by date, then id), copied here: the tracker shows it without a query per row
    latest_on        DATE,
    latest_text      VARCHAR(2000),
    created_at       TIMESTAMP      NOT NULL,
    updated_at       TIMESTAMP      NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_policy_outcome_source UNIQUE (source_kind, source_id),
    CONSTRAINT ck_policy_outcome_progress CHECK (progress BETWEEN 0 AND 100)
);
-- the tracker: newest change first, filtered by status, bureau, year or kind
CREATE INDEX ix_policy_outcome_updated ON policy_outcome (updated_at, id);
CREATE INDEX ix_policy_outcome_status ON policy_outcome (status, updated_at);
CREATE INDEX ix_policy_outcome_bureau ON policy_outcome (bureau_id, updated_at);
CREATE INDEX ix_policy_outcome_year ON policy_outcome (source_year, updated_at);

-- Dated timeline entries: what was decided or done, with links to documents and press releases (http/https only).
CREATE SEQUENCE outcome_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_entry (
    id          BIGINT         NOT NULL PRIMARY KEY,
    outcome_id  BIGINT         NOT NULL REFERENCES policy_outcome (id),
    entry_date  DATE           NOT NULL,
    body        VARCHAR(2000)  NOT NULL,
    -- up to 5 links, one a line: label TAB address (http/https only, checked before they are stored)
    links       VARCHAR(4000),
    created_at  TIMESTAMP      NOT NULL,
    created_by  BIGINT         REFERENCES member (id)
);
CREATE INDEX ix_outcome_entry_outcome ON outcome_entry (outcome_id, entry_date, id);

-- Sub-results (Decidim's accountability tree, one level): each with its own progress and a weight.
CREATE SEQUENCE outcome_result_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_result (
    id          BIGINT        NOT NULL PRIMARY KEY,
    outcome_id  BIGINT        NOT NULL REFERENCES policy_outcome (id),
    position    INTEGER       NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    progress    INTEGER       NOT NULL,
    weight      INTEGER       NOT NULL,
    CONSTRAINT ck_outcome_result_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT ck_outcome_result_weight CHECK (weight BETWEEN 1 AND 100)
);
CREATE INDEX ix_outcome_result_outcome ON outcome_result (outcome_id, position);

-- News of an outcome for the members who took part in its source: one row per change to tell (a status move or a
-- new timeline entry, folded together while the row waits); forum-mail's timer mails them and marks the row done.
CREATE SEQUENCE outcome_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outcome_notice (
    id          BIGINT       NOT NULL PRIMARY KEY,
    outcome_id  BIGINT       NOT NULL REFERENCES policy_outcome (id),
    created_at  TIMESTAMP    NOT NULL,
    -- when a mail run took it up: later changes make a notice of their own; a run that died is taken up again
    started_at  TIMESTAMP,
    done_at     TIMESTAMP
);
CREATE INDEX ix_outcome_notice_waiting ON outcome_notice (done_at, id);

-- forum-mail: one mail per notice and member, by key (a second run or server mails nobody twice).
CREATE TABLE outcome_mail (
    notice_id   BIGINT     NOT NULL REFERENCES outcome_notice (id),
    member_id   BIGINT     NOT NULL REFERENCES member (id),
    created_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (notice_id, member_id)
);

-- The members' consent to outcome news (on by default: they took part), stopped by its own one-click link.
ALTER TABLE member ADD COLUMN outcome_news BOOLEAN DEFAULT TRUE NOT NULL;

-- How far ahead a timeline entry may be dated (days; 0: not after today in the organisation's time zone).
ALTER TABLE organisation_settings ADD COLUMN outcome_max_future_days INTEGER DEFAULT 0 NOT NULL;

-- "What became of my voice" asks, per member, which topics they took part in: by author and by voter.
CREATE INDEX ix_opinion_author ON opinion (author_id, topic_id);
CREATE INDEX ix_comment_author ON opinion_comment (author_id, opinion_id);
CREATE INDEX ix_ballot_member ON ballot (member_id, poll_id);
