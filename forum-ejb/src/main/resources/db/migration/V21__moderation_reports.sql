-- Moderation (issue 13, first slice): members report an item once; a case per reported item holds the count and
-- decides, exactly once, when enough distinct reports hide it; moderators hide, restore or dismiss from a queue.
-- Moderation never reads the features' tables: it reaches the items through the features' ports.

ALTER TABLE organisation_settings ADD COLUMN report_hide_threshold INTEGER DEFAULT 3 NOT NULL;

CREATE SEQUENCE moderation_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE moderation_report (
    id           BIGINT        NOT NULL PRIMARY KEY,
    target_type  VARCHAR(16)   NOT NULL,
    target_id    BIGINT        NOT NULL,
    reporter_id  BIGINT        NOT NULL REFERENCES member (id),
    reason       VARCHAR(16)   NOT NULL,
    details      VARCHAR(500),
    reported_at  TIMESTAMP     NOT NULL,
    -- one report per member per item: the database decides, also between two clicks that arrive together
    CONSTRAINT uq_moderation_report_once UNIQUE (target_type, target_id, reporter_id)
);
CREATE INDEX ix_moderation_report_reporter ON moderation_report (reporter_id);

-- The hold on a reported item: its primary key makes it one row, and its state moves OPEN -> HIDDEN only in the
-- one statement that finds it OPEN, so the item is hidden once however many reports arrive together.
CREATE TABLE moderation_case (
    target_type      VARCHAR(16)   NOT NULL,
    target_id        BIGINT        NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    counted          INTEGER       NOT NULL,
    first_report_at  TIMESTAMP     NOT NULL,
    last_report_at   TIMESTAMP     NOT NULL,
    hidden_at        TIMESTAMP,
    decided_at       TIMESTAMP,
    decided_by       BIGINT        REFERENCES member (id),
    decision_reason  VARCHAR(500),
    PRIMARY KEY (target_type, target_id)
);
CREATE INDEX ix_moderation_case_state ON moderation_case (state, decided_at);
