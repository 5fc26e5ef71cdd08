-- Report reasons are organisation data (issue 13): operators name, reorder and deactivate them in the console; a
-- reason in use is never deleted, so old reports keep showing theirs. The six reasons of the former fixed list keep
-- their codes; existing reports move from the code column to a foreign key, nothing of them is lost.
CREATE SEQUENCE report_reason_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE report_reason (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(32)   NOT NULL,
    label_ko    VARCHAR(100)  NOT NULL,
    label_en    VARCHAR(100)  NOT NULL,
    needs_text  BOOLEAN       NOT NULL,
    active      BOOLEAN       NOT NULL,
    sort_order  INTEGER       NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_report_reason_code UNIQUE (code)
);
INSERT INTO report_reason (id, code, label_ko, label_en, needs_text, active, sort_order, version) VALUES
 (1, 'SPAM', '스팸·광고', 'Spam or advertising', FALSE, TRUE, 1, 0),
 (2, 'ABUSE', '욕설·비방', 'Abuse or insults', FALSE, TRUE, 2, 0),
 (3, 'PERSONAL_DATA', '개인정보 노출', 'Personal data exposed', FALSE, TRUE, 3, 0),
 (4, 'OFF_TOPIC', '주제와 무관', 'Off topic', FALSE, TRUE, 4, 0),
 (5, 'ILLEGAL', '불법 정보', 'Illegal content', FALSE, TRUE, 5, 0),
 (6, 'OTHER', '기타', 'Other', TRUE, TRUE, 6, 0);

ALTER TABLE moderation_report ADD COLUMN reason_id BIGINT;
UPDATE moderation_report SET reason_id = (SELECT r.id FROM report_reason r WHERE r.code = moderation_report.reason);
ALTER TABLE moderation_report ALTER COLUMN reason_id SET NOT NULL;
ALTER TABLE moderation_report ADD CONSTRAINT fk_moderation_report_reason
    FOREIGN KEY (reason_id) REFERENCES report_reason (id);
CREATE INDEX ix_moderation_report_reason ON moderation_report (reason_id);
ALTER TABLE moderation_report DROP COLUMN reason;

-- When a member stops a mail list (issue 13, "mail reach: unsubscribed"): the consent columns say only whether the
-- member takes the mail now; these dated rows let the site overview count the unsubscribes per month. The member
-- feature owns them (one-click link and account page both write here).
CREATE SEQUENCE member_mail_stop_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE member_mail_stop (
    id          BIGINT        NOT NULL PRIMARY KEY,
    member_id   BIGINT        NOT NULL REFERENCES member (id),
    mail_list   VARCHAR(16)   NOT NULL,
    stopped_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_member_mail_stop_list ON member_mail_stop (mail_list, stopped_at);
