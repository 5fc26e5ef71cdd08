-- Ends a member's other sessions: every session remembers the number it was logged in under, and a password reset,
-- a password change or a closure counts it up, so the sessions that carry the old number are ended on their next
-- request (on every server of a cluster, since the number lives here).
ALTER TABLE member ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;

-- Rate limits (platform RateLimits): one row per counted action, hashed subject (a member, an address, a mail
-- address), kept for the limit's window. The rows are counted under the lock of one of 64 stripe rows, so that
-- simultaneous attempts for one subject are counted one after the other and a burst cannot slip past the limit.
CREATE TABLE rate_limit_stripe (
    stripe  INTEGER  NOT NULL PRIMARY KEY,
    hits    BIGINT   DEFAULT 0 NOT NULL
);
INSERT INTO rate_limit_stripe (stripe) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63);

CREATE TABLE rate_limit_hit (
    limit_name  VARCHAR(40)  NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    hit_at      TIMESTAMP    NOT NULL
);
CREATE INDEX ix_rate_limit_hit ON rate_limit_hit (limit_name, subject, hit_at);
CREATE INDEX ix_rate_limit_hit_at ON rate_limit_hit (hit_at);
