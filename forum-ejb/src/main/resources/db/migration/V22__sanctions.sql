-- Sanctions (issue 13): a moderator warns, suspends for N days or blocks a member, with a reason the member reads.
-- One row per sanction, never overwritten: lifting early and the member's one appeal are written beside it.
CREATE SEQUENCE sanction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sanction (
    id           BIGINT         NOT NULL PRIMARY KEY,
    member_id    BIGINT         NOT NULL REFERENCES member (id),
    kind         VARCHAR(16)    NOT NULL,
    days         INTEGER,
    reason       VARCHAR(500)   NOT NULL,
    placed_by    BIGINT         NOT NULL REFERENCES member (id),
    placed_at    TIMESTAMP      NOT NULL,
    ends_at      TIMESTAMP,
    lifted_at    TIMESTAMP,
    lifted_by    BIGINT         REFERENCES member (id),
    lift_reason  VARCHAR(500),
    -- the member's one appeal: stored only by the statement that finds it still empty
    appeal       VARCHAR(2000),
    appealed_at  TIMESTAMP,
    CONSTRAINT ck_sanction_kind CHECK (kind IN ('WARNING', 'SUSPENSION', 'BLOCK')),
    CONSTRAINT ck_sanction_days CHECK (days IS NULL OR days BETWEEN 1 AND 365),
    CONSTRAINT ck_sanction_appeal CHECK ((appeal IS NULL) = (appealed_at IS NULL))
);
-- every write of a member asks for their unlifted sanctions: one index lookup
CREATE INDEX ix_sanction_member ON sanction (member_id, lifted_at);
CREATE INDEX ix_sanction_appealed ON sanction (appealed_at);
