-- The month's best discussants: rounds per forum per month, the shortlist, the citizens' votes and the winners.

CREATE SEQUENCE award_round_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_round (
    id                BIGINT      NOT NULL PRIMARY KEY,
    forum             VARCHAR(8)  NOT NULL,
    round_month       VARCHAR(7)  NOT NULL,  -- YYYY-MM of the topics it honours
    citizen_places    INT         NOT NULL,
    official_places   INT         NOT NULL,
    votes_per_member  INT         NOT NULL,
    standings_shown   BOOLEAN     NOT NULL,
    voting_opens_at   TIMESTAMP   NOT NULL,
    voting_closes_at  TIMESTAMP   NOT NULL,
    confirmed_at      TIMESTAMP,
    announced_at      TIMESTAMP,
    created_at        TIMESTAMP   NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT uq_award_round_forum_month UNIQUE (forum, round_month)
);

CREATE SEQUENCE award_nominee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_nominee (
    id              BIGINT        NOT NULL PRIMARY KEY,
    round_id        BIGINT        NOT NULL REFERENCES award_round (id),
    opinion_id      BIGINT        NOT NULL REFERENCES opinion (id),
    member_id       BIGINT        NOT NULL REFERENCES member (id),
    agreements      INT           NOT NULL,
    comments        INT           NOT NULL,
    score           INT           NOT NULL,
    reason          VARCHAR(200),
    proposed_by     BIGINT        REFERENCES member (id),
    status          VARCHAR(8)    NOT NULL,
    removal_reason  VARCHAR(200),
    created_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_award_nominee_opinion UNIQUE (round_id, opinion_id)
);

-- A member's votes fill slots 1..N: two votes sent at once both aim at the same free slot and the key keeps one.
CREATE SEQUENCE award_vote_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_vote (
    id          BIGINT     NOT NULL PRIMARY KEY,
    round_id    BIGINT     NOT NULL REFERENCES award_round (id),
    nominee_id  BIGINT     NOT NULL REFERENCES award_nominee (id),
    voter_id    BIGINT     NOT NULL REFERENCES member (id),
    vote_slot   INT        NOT NULL,
    cast_at     TIMESTAMP  NOT NULL,
    CONSTRAINT uq_award_vote_slot UNIQUE (round_id, voter_id, vote_slot),
    CONSTRAINT uq_award_vote_nominee UNIQUE (round_id, voter_id, nominee_id)
);
CREATE INDEX ix_award_vote_tally ON award_vote (round_id, nominee_id, cast_at);

-- Winners: nobody twice in a round, and each jury's places taken once (so picks cannot exceed the allowed number).
CREATE SEQUENCE award_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award (
    id                BIGINT        NOT NULL PRIMARY KEY,
    round_id          BIGINT        NOT NULL REFERENCES award_round (id),
    nominee_id        BIGINT        NOT NULL REFERENCES award_nominee (id),
    member_id         BIGINT        NOT NULL REFERENCES member (id),
    jury              VARCHAR(9)    NOT NULL,
    award_place       INT           NOT NULL,
    votes             INT           NOT NULL,
    citation          VARCHAR(200),
    picked_by         BIGINT        REFERENCES member (id),
    prize_status      VARCHAR(8)    NOT NULL,
    delivery_address  VARCHAR(500),  -- the winner's, for operators only; erased when the prize is sent or declined
    fulfilled_at      TIMESTAMP,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_award_member UNIQUE (round_id, member_id),
    CONSTRAINT uq_award_place UNIQUE (round_id, jury, award_place)
);
CREATE INDEX ix_award_member ON award (member_id);
