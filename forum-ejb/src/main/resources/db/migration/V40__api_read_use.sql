-- Issue 16: the public API's read limits counted across the nodes of a cluster. Each node keeps its token buckets in
-- memory and, once a second, adds what it served each subject (a client address, a member, a partner key) in that
-- second to its own row here; the other nodes read the rows and deduct them from their buckets (web ApiRateLimiter).
-- The subject is stored only as a SHA-256: no address or key. Rows older than a minute are pruned.
CREATE TABLE api_read_use (
    subject_hash  VARCHAR(64)   NOT NULL,
    node_name     VARCHAR(100)  NOT NULL,
    window_start  TIMESTAMP     NOT NULL,
    per_minute    INTEGER       NOT NULL,
    taken         INTEGER       NOT NULL,
    CONSTRAINT pk_api_read_use PRIMARY KEY (subject_hash, node_name, window_start)
);
CREATE INDEX ix_api_read_use_window ON api_read_use (window_start);
