-- The daily digest for members who follow topics (forum-mail). One row per member and digest day: the primary key is
-- the exactly-once rule, so a second fire, a restart or a second server cannot mail a member twice on one day.
CREATE TABLE follow_digest (
    member_id      BIGINT     NOT NULL REFERENCES member (id),
    digest_day     DATE       NOT NULL,
    -- opinions up to this moment are in the digest; the next one counts from here
    covered_until  TIMESTAMP  NOT NULL,
    topics         INTEGER    NOT NULL,
    opinions       INTEGER    NOT NULL,
    created_at     TIMESTAMP  NOT NULL,
    PRIMARY KEY (member_id, digest_day)
);

-- One row per digest day that was worked through: the minute timer looks here and does not scan the followers again.
-- A run that died half way has no finished_at and is simply run again; the rows above keep it from mailing twice.
CREATE TABLE follow_digest_run (
    digest_day   DATE       NOT NULL PRIMARY KEY,
    started_at   TIMESTAMP  NOT NULL,
    finished_at  TIMESTAMP,
    mails        BIGINT     NOT NULL
);

-- When the digest goes out each day, in the organisation's time zone (default 08:00). One row.
CREATE TABLE follow_digest_schedule (
    id           INTEGER  NOT NULL PRIMARY KEY,
    send_hour    INTEGER  NOT NULL,
    send_minute  INTEGER  NOT NULL,
    enabled      BOOLEAN  NOT NULL,
    version      BIGINT   NOT NULL
);
INSERT INTO follow_digest_schedule (id, send_hour, send_minute, enabled, version) VALUES (1, 8, 0, TRUE, 1);

