-- The monthly topic campaign of forum-mail: campaigns, one delivery row per member (its primary key is the
-- exactly-once rule), addresses that bounced, and the campaign schedule.

CREATE TABLE campaign_schedule (
    id            INTEGER  NOT NULL PRIMARY KEY,
    day_of_month  INTEGER  NOT NULL,
    send_hour     INTEGER  NOT NULL,
    send_minute   INTEGER  NOT NULL,
    enabled       BOOLEAN  NOT NULL,
    version       BIGINT   NOT NULL
);
-- the 1st of each month at 09:00 in the organisation's time zone
INSERT INTO campaign_schedule (id, day_of_month, send_hour, send_minute, enabled, version) VALUES (1, 1, 9, 0, TRUE, 1);

CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE campaign (
    id               BIGINT        NOT NULL PRIMARY KEY,
    title            VARCHAR(300)  NOT NULL,
    campaign_month   VARCHAR(7)    NOT NULL,
    -- set only on the campaign the schedule made: one per month, whatever the number of timers that fire
    scheduled_month  VARCHAR(7),
    main_topic_id    BIGINT        REFERENCES topic (id),
    youth_topic_id   BIGINT        REFERENCES topic (id),
    state            VARCHAR(12)   NOT NULL,
    audience         BIGINT        NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    started_at       TIMESTAMP,
    finished_at      TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_campaign_scheduled_month UNIQUE (scheduled_month)
);

-- No surrogate key: (campaign, member) is the identity, so a member can never hold two rows of one campaign.
CREATE TABLE campaign_delivery (
    campaign_id      BIGINT        NOT NULL REFERENCES campaign (id),
    member_id        BIGINT        NOT NULL REFERENCES member (id),
    language         VARCHAR(8)    NOT NULL,
    youth            BOOLEAN       NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       TIMESTAMP,
    recipient        VARCHAR(254),
    message_id       VARCHAR(200),
    smtp_reply       VARCHAR(500),
    sent_at          TIMESTAMP,
    -- the sender died between handing this mail to SMTP and recording the reply; it was sent again, same Message-ID
    uncertain        BOOLEAN       NOT NULL,
    PRIMARY KEY (campaign_id, member_id)
);
-- the sender takes PENDING rows in member order: this index hands them over without passing the sent ones
CREATE INDEX ix_campaign_delivery_due ON campaign_delivery (campaign_id, status, member_id);
CREATE INDEX ix_campaign_delivery_member ON campaign_delivery (member_id);

-- Addresses that failed hard (5xx, malformed); after a few they get no more campaign mail.
CREATE TABLE mail_bounce (
    email          VARCHAR(254)  NOT NULL PRIMARY KEY,
    hard_failures  INTEGER       NOT NULL,
    last_reason    VARCHAR(500),
    updated_at     TIMESTAMP     NOT NULL,
    bounced_at     TIMESTAMP
);
