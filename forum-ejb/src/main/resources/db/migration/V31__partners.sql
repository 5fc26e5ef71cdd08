-- Partners of the public API and the widget (issue 14): a site the city works with, the origins its pages are served
-- from (CORS and the widget's frame-ancestors), and its API keys. A key's secret is never stored: only its SHA-256
-- and a short public prefix to find it by. Usage is one row per partner per day, added to in batches.
CREATE SEQUENCE partner_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE partner (
    id          BIGINT        NOT NULL PRIMARY KEY,
    public_id   VARCHAR(24)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    contact     VARCHAR(300)  NOT NULL,
    -- exact scheme://host[:port], one per line, checked by the boundary
    origins     VARCHAR(2000) NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_partner_public_id UNIQUE (public_id)
);

CREATE SEQUENCE partner_key_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE partner_key (
    id          BIGINT        NOT NULL PRIMARY KEY,
    partner_id  BIGINT        NOT NULL REFERENCES partner (id),
    prefix      VARCHAR(16)   NOT NULL,
    secret_hash VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    revoked_at  TIMESTAMP,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_partner_key_prefix UNIQUE (prefix)
);
CREATE INDEX ix_partner_key_partner ON partner_key (partner_id);

CREATE TABLE partner_usage (
    partner_id  BIGINT        NOT NULL REFERENCES partner (id),
    usage_day   DATE          NOT NULL,
    requests    BIGINT        NOT NULL,
    CONSTRAINT pk_partner_usage PRIMARY KEY (partner_id, usage_day)
);
