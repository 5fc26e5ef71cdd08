-- Monthly topics with experts' pro and con briefs, and citizens' opinions on them.

CREATE SEQUENCE topic_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE topic (
    id           BIGINT         NOT NULL PRIMARY KEY,
    forum        VARCHAR(8)     NOT NULL,
    topic_month  VARCHAR(7)     NOT NULL,  -- YYYY-MM in the organisation's time zone
    title        VARCHAR(200)   NOT NULL,
    summary      VARCHAR(1000)  NOT NULL,
    background   VARCHAR(100000) NOT NULL, -- sanitised HTML
    bureau_id    BIGINT         REFERENCES bureau (id),
    state        VARCHAR(12)    NOT NULL,
    opens_at     TIMESTAMP      NOT NULL,
    closes_at    TIMESTAMP      NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    version      BIGINT         NOT NULL
);
CREATE INDEX ix_topic_forum_state ON topic (forum, state, opens_at);

CREATE SEQUENCE expert_opinion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE expert_opinion (
    id           BIGINT         NOT NULL PRIMARY KEY,
    topic_id     BIGINT         NOT NULL REFERENCES topic (id),
    stance       VARCHAR(8)     NOT NULL,
    expert_name  VARCHAR(100)   NOT NULL,
    affiliation  VARCHAR(200),
    title        VARCHAR(200)   NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    expert_id    BIGINT         REFERENCES member (id),
    created_at   TIMESTAMP      NOT NULL,
    version      BIGINT         NOT NULL
);
CREATE INDEX ix_expert_opinion_topic ON expert_opinion (topic_id);

CREATE SEQUENCE opinion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE opinion (
    id          BIGINT         NOT NULL PRIMARY KEY,
    topic_id    BIGINT         NOT NULL REFERENCES topic (id),
    author_id   BIGINT         NOT NULL REFERENCES member (id),
    stance      VARCHAR(8)     NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    status      VARCHAR(12)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    edited_at   TIMESTAMP,
    version     BIGINT         NOT NULL
);
CREATE INDEX ix_opinion_topic ON opinion (topic_id, status, created_at);
