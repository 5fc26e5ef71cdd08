-- Login through a partner's OpenID Connect provider (issue 14): which provider account (issuer + subject) logs in as
-- which member. Nothing else from the partner's ID token is kept. The unique key makes "one member per partner
-- account" the database's rule, so two first logins of the same partner account at once never make two links.
CREATE SEQUENCE member_partner_login_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE member_partner_login (
    id          BIGINT        NOT NULL PRIMARY KEY,
    member_id   BIGINT        NOT NULL REFERENCES member (id),
    provider    VARCHAR(32)   NOT NULL,
    issuer      VARCHAR(255)  NOT NULL,
    subject     VARCHAR(255)  NOT NULL,
    linked_at   TIMESTAMP     NOT NULL,
    CONSTRAINT uq_member_partner_login UNIQUE (issuer, subject)
);
CREATE INDEX ix_member_partner_login_member ON member_partner_login (member_id);
