-- The suggestion box for topics, with supports; the youth panel's applications; Youth Forum settings.

CREATE SEQUENCE topic_suggestion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE topic_suggestion (
    id               BIGINT         NOT NULL PRIMARY KEY,
    author_id        BIGINT         NOT NULL REFERENCES member (id),
    forum            VARCHAR(8)     NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    why              VARCHAR(3000)  NOT NULL,
    bureau_id        BIGINT         REFERENCES bureau (id),
    status           VARCHAR(12)    NOT NULL,
    decision_reason  VARCHAR(1000),
    created_at       TIMESTAMP      NOT NULL,
    decided_at       TIMESTAMP,
    version          BIGINT         NOT NULL
);
CREATE INDEX ix_topic_suggestion_status ON topic_suggestion (status, created_at);

-- One support per member per suggestion: the primary key decides.
CREATE TABLE suggestion_support (
    suggestion_id  BIGINT     NOT NULL REFERENCES topic_suggestion (id),
    member_id      BIGINT     NOT NULL REFERENCES member (id),
    created_at     TIMESTAMP  NOT NULL,
    PRIMARY KEY (suggestion_id, member_id)
);

ALTER TABLE topic ADD COLUMN suggestion_id BIGINT REFERENCES topic_suggestion (id);

CREATE SEQUENCE youth_application_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE youth_application (
    id          BIGINT         NOT NULL PRIMARY KEY,
    member_id   BIGINT         NOT NULL REFERENCES member (id),
    motivation  VARCHAR(2000)  NOT NULL,
    status      VARCHAR(12)    NOT NULL,
    reason      VARCHAR(1000),
    created_at  TIMESTAMP      NOT NULL,
    decided_at  TIMESTAMP,
    version     BIGINT         NOT NULL,
    CONSTRAINT uq_youth_application_member UNIQUE (member_id)
);

ALTER TABLE organisation_settings ADD COLUMN youth_min_age INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE organisation_settings ADD COLUMN youth_max_age INTEGER DEFAULT 24 NOT NULL;
ALTER TABLE organisation_settings ADD COLUMN youth_open_to_age_range BOOLEAN DEFAULT FALSE NOT NULL;
