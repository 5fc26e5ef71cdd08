-- Issue 16: each node of a cluster writes which build it runs, every minute; a node that sees a live peer (a heartbeat
-- within the last 2 minutes) of another build says so in its log and readiness answer. One row per node name.
CREATE TABLE cluster_node (
    node_name     VARCHAR(100)  NOT NULL PRIMARY KEY,
    version       VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    heartbeat_at  TIMESTAMP     NOT NULL
);
