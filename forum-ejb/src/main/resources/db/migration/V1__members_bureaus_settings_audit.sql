-- Members, bureaus, districts, organisation settings and the audit log.
-- Sequences start at their increment: EclipseLink takes NEXTVAL v as the top of the block (v-49 .. v).
-- Portable SQL: the same file migrates H2 (default) and PostgreSQL (production).

CREATE TABLE district (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    name_ko     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INTEGER      NOT NULL
);

-- Seoul's 25 autonomous districts: the default organisation data; another city replaces these rows.
INSERT INTO district (code, name_ko, name_en, sort_order) VALUES
 ('11110', '종로구', 'Jongno-gu', 1), ('11140', '중구', 'Jung-gu', 2), ('11170', '용산구', 'Yongsan-gu', 3),
 ('11200', '성동구', 'Seongdong-gu', 4), ('11215', '광진구', 'Gwangjin-gu', 5), ('11230', '동대문구', 'Dongdaemun-gu', 6),
 ('11260', '중랑구', 'Jungnang-gu', 7), ('11290', '성북구', 'Seongbuk-gu', 8), ('11305', '강북구', 'Gangbuk-gu', 9),
 ('11320', '도봉구', 'Dobong-gu', 10), ('11350', '노원구', 'Nowon-gu', 11), ('11380', '은평구', 'Eunpyeong-gu', 12),
 ('11410', '서대문구', 'Seodaemun-gu', 13), ('11440', '마포구', 'Mapo-gu', 14), ('11470', '양천구', 'Yangcheon-gu', 15),
 ('11500', '강서구', 'Gangseo-gu', 16), ('11530', '구로구', 'Guro-gu', 17), ('11545', '금천구', 'Geumcheon-gu', 18),
 ('11560', '영등포구', 'Yeongdeungpo-gu', 19), ('11590', '동작구', 'Dongjak-gu', 20), ('11620', '관악구', 'Gwanak-gu', 21),
 ('11650', '서초구', 'Seocho-gu', 22), ('11680', '강남구', 'Gangnam-gu', 23), ('11710', '송파구', 'Songpa-gu', 24),
 ('11740', '강동구', 'Gangdong-gu', 25);

CREATE SEQUENCE bureau_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bureau (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name_ko  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    active   BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT uq_bureau_name_ko UNIQUE (name_ko)
);

CREATE SEQUENCE member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE member (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    real_name          VARCHAR(60)  NOT NULL,
    email              VARCHAR(254),
    email_confirmed    BOOLEAN      NOT NULL,
    password_hash      VARCHAR(512),
    district_code      VARCHAR(16)  REFERENCES district (code),
    birth_year         INTEGER,
    -- HMAC of the identity verifier's person key: one account per person, and nothing that identifies them
    person_key_hash    VARCHAR(64),
    verified_by        VARCHAR(40),
    verified_at        TIMESTAMP,
    mail_opt_in        BOOLEAN      NOT NULL,
    terms_accepted_at  TIMESTAMP    NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    bureau_id          BIGINT       REFERENCES bureau (id),
    status             VARCHAR(16)  NOT NULL,
    failed_logins      INTEGER      NOT NULL,
    locked_until       TIMESTAMP,
    created_at         TIMESTAMP    NOT NULL,
    closed_at          TIMESTAMP,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_person UNIQUE (person_key_hash)
);

CREATE TABLE member_role (
    member_id  BIGINT      NOT NULL REFERENCES member (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (member_id, role)
);

-- One-time links (email confirmation, password reset, first operator set-up); only the token's hash is kept.
CREATE SEQUENCE member_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE member_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    member_id   BIGINT      REFERENCES member (id),
    new_email   VARCHAR(254),
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uq_member_token_hash UNIQUE (token_hash)
);

CREATE TABLE organisation_settings (
    id           INTEGER      NOT NULL PRIMARY KEY,
    name_ko      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    mask_names   BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL
);
INSERT INTO organisation_settings (id, name_ko, name_en, time_zone, mask_names, version)
VALUES (1, '서울특별시', 'Seoul Metropolitan Government', 'Asia/Seoul', FALSE, 1);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP     NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(60)   NOT NULL,
    action      VARCHAR(80)   NOT NULL,
    target      VARCHAR(200)  NOT NULL,
    detail      VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);

-- The outbox of forum-mail: a mail is committed with the change that causes it and sent later by a timer.
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        VARCHAR(65535) NOT NULL,
    html_body        VARCHAR(65535),
    kind             VARCHAR(40)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    last_error       VARCHAR(1000),
    message_id       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);
