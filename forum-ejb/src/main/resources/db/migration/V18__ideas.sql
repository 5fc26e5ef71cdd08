-- The idea space (issue 12): ideas any time, supports, threshold tiers, answer obligations, answers.

-- Categories of ideas: organisation data, managed in the console.
CREATE SEQUENCE idea_category_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE idea_category (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name_ko     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(100)  NOT NULL,
    sort_order  INTEGER       NOT NULL,
    active      BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL
);
INSERT INTO idea_category (id, name_ko, name_en, sort_order, active, version) VALUES
 (1, '교통', 'Transport', 1, TRUE, 0), (2, '환경', 'Environment', 2, TRUE, 0),
 (3, '복지', 'Welfare', 3, TRUE, 0), (4, '안전', 'Safety', 4, TRUE, 0),
 (5, '문화·관광', 'Culture and tourism', 5, TRUE, 0), (6, '경제·일자리', 'Economy and jobs', 6, TRUE, 0),
 (7, '주택·도시계획', 'Housing and urban planning', 7, TRUE, 0), (8, '교육', 'Education', 8, TRUE, 0),
 (9, '기타', 'Other', 9, TRUE, 0);

-- Threshold tiers: organisation data. Crossing one obliges what it names; the defaults are Seoul's since 2020.
CREATE SEQUENCE support_tier_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE support_tier (
    id               BIGINT       NOT NULL PRIMARY KEY,
    supports         INTEGER      NOT NULL,
    obliges          VARCHAR(20)  NOT NULL,
    answer_days      INTEGER,
    answering_bureau BIGINT       REFERENCES bureau (id),
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_support_tier_supports UNIQUE (supports)
);
INSERT INTO support_tier (id, supports, obliges, answer_days, answering_bureau, version) VALUES
 (1, 50, 'BUREAU_ANSWER', 14, NULL, 0), (2, 100, 'TOPIC_SUGGESTION', NULL, NULL, 0),
 (3, 1000, 'MAYOR_ANSWER', 30, NULL, 0);

-- Supports are counted in support_count under the idea's row lock (the same lock that makes crossing a tier happen
-- exactly once), so that the public list sorts 200,000 ideas by an index instead of counting 2,000,000 rows.
CREATE SEQUENCE idea_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea (
    id                BIGINT         NOT NULL PRIMARY KEY,
    author_id         BIGINT         NOT NULL REFERENCES member (id),
    title             VARCHAR(150)   NOT NULL,
    body              VARCHAR(5000)  NOT NULL,
    category_id       BIGINT         NOT NULL REFERENCES idea_category (id),
    district_code     VARCHAR(16)    REFERENCES district (code),
    bureau_id         BIGINT         REFERENCES bureau (id),
    state             VARCHAR(16)    NOT NULL,
    state_reason      VARCHAR(2000),
    state_changed_at  TIMESTAMP      NOT NULL,
    published_at      TIMESTAMP      NOT NULL,
    support_ends_at   TIMESTAMP      NOT NULL,
    support_count     INTEGER        NOT NULL,
    merged_into_id    BIGINT         REFERENCES idea (id),
    suggestion_id     BIGINT         REFERENCES topic_suggestion (id),
    version           BIGINT         NOT NULL
);
CREATE INDEX ix_idea_supports ON idea (support_count DESC, id DESC);
CREATE INDEX ix_idea_published ON idea (published_at DESC, id DESC);
CREATE INDEX ix_idea_category_supports ON idea (category_id, support_count DESC, id DESC);
CREATE INDEX ix_idea_state_supports ON idea (state, support_count DESC, id DESC);
CREATE INDEX ix_idea_author ON idea (author_id);
CREATE INDEX ix_idea_support_ends ON idea (support_ends_at);

-- Earlier wordings of an idea, kept when its author edits it (only while nobody supports it).
CREATE SEQUENCE idea_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea_revision (
    id          BIGINT         NOT NULL PRIMARY KEY,
    idea_id     BIGINT         NOT NULL REFERENCES idea (id),
    title       VARCHAR(150)   NOT NULL,
    body        VARCHAR(5000)  NOT NULL,
    revised_at  TIMESTAMP      NOT NULL
);
CREATE INDEX ix_idea_revision_idea ON idea_revision (idea_id);

-- The public history of an idea's state: every move with its date and reason (a person's words or a bundle key).
CREATE SEQUENCE idea_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea_event (
    id          BIGINT         NOT NULL PRIMARY KEY,
    idea_id     BIGINT         NOT NULL REFERENCES idea (id),
    state       VARCHAR(16)    NOT NULL,
    reason      VARCHAR(2000),
    reason_key  VARCHAR(60),
    happened_at TIMESTAMP      NOT NULL
);
CREATE INDEX ix_idea_event_idea ON idea_event (idea_id, happened_at);

-- One support per member per idea: the primary key decides.
CREATE TABLE idea_support (
    idea_id     BIGINT     NOT NULL REFERENCES idea (id),
    member_id   BIGINT     NOT NULL REFERENCES member (id),
    created_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (idea_id, member_id)
);
CREATE INDEX ix_idea_support_member ON idea_support (member_id);

CREATE TABLE idea_follow (
    idea_id     BIGINT     NOT NULL REFERENCES idea (id),
    member_id   BIGINT     NOT NULL REFERENCES member (id),
    created_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (idea_id, member_id)
);
CREATE INDEX ix_idea_follow_member ON idea_follow (member_id);

-- Exactly one obligation per idea and crossed tier: the unique key decides, also for two supports in one instant.
CREATE SEQUENCE answer_obligation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE answer_obligation (
    id                BIGINT       NOT NULL PRIMARY KEY,
    idea_id           BIGINT       NOT NULL REFERENCES idea (id),
    tier_id           BIGINT       NOT NULL REFERENCES support_tier (id),
    obliges           VARCHAR(20)  NOT NULL,
    tier_supports     INTEGER      NOT NULL,
    bureau_id         BIGINT       REFERENCES bureau (id),
    crossed_at        TIMESTAMP    NOT NULL,
    due_at            TIMESTAMP,
    fulfilled_at      TIMESTAMP,
    reminded_before   BOOLEAN      NOT NULL,
    reminded_after    BOOLEAN      NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_answer_obligation_tier UNIQUE (idea_id, tier_id)
);
CREATE INDEX ix_answer_obligation_due ON answer_obligation (fulfilled_at, due_at);
CREATE INDEX ix_answer_obligation_bureau ON answer_obligation (bureau_id, fulfilled_at, due_at);

CREATE SEQUENCE idea_answer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE idea_answer (
    id           BIGINT          NOT NULL PRIMARY KEY,
    idea_id      BIGINT          NOT NULL REFERENCES idea (id),
    bureau_id    BIGINT          REFERENCES bureau (id),
    author_id    BIGINT          NOT NULL REFERENCES member (id),
    verdict      VARCHAR(16)     NOT NULL,
    body         VARCHAR(20000)  NOT NULL,
    reason       VARCHAR(2000),
    answered_at  TIMESTAMP       NOT NULL
);
CREATE INDEX ix_idea_answer_idea ON idea_answer (idea_id, answered_at);
CREATE INDEX ix_idea_answer_bureau ON idea_answer (bureau_id);

ALTER TABLE organisation_settings ADD COLUMN idea_support_days INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE organisation_settings ADD COLUMN idea_reminder_days INTEGER DEFAULT 3 NOT NULL;
