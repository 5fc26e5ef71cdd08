-- Participation surveys (issue 13): ordered questions, an audience, open/close times; one response per member per
-- survey, enforced by a unique key (two submits that arrive together: one row, the other refused).

CREATE SEQUENCE survey_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey (
    id          BIGINT         NOT NULL PRIMARY KEY,
    title       VARCHAR(200)   NOT NULL,
    intro       VARCHAR(2000),
    audience    VARCHAR(16)    NOT NULL,
    topic_id    BIGINT         REFERENCES topic (id),
    opens_at    TIMESTAMP      NOT NULL,
    closes_at   TIMESTAMP      NOT NULL,
    created_by  BIGINT         REFERENCES member (id),
    created_at  TIMESTAMP      NOT NULL,
    version     BIGINT         NOT NULL
);
CREATE INDEX ix_survey_times ON survey (opens_at, closes_at);

-- Choices are single-line labels, one per line, in order; answers refer to them by number.
CREATE TABLE survey_question (
    survey_id  BIGINT         NOT NULL REFERENCES survey (id),
    position   INTEGER        NOT NULL,
    kind       VARCHAR(16)    NOT NULL,
    question_text  VARCHAR(500)  NOT NULL,
    choices    VARCHAR(2100),
    PRIMARY KEY (survey_id, position)
);

CREATE SEQUENCE survey_response_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_response (
    id            BIGINT     NOT NULL PRIMARY KEY,
    survey_id     BIGINT     NOT NULL REFERENCES survey (id),
    member_id     BIGINT     NOT NULL REFERENCES member (id),
    submitted_at  TIMESTAMP  NOT NULL,
    changed_at    TIMESTAMP  NOT NULL,
    version       BIGINT     NOT NULL,
    CONSTRAINT uq_survey_response_member UNIQUE (survey_id, member_id)
);
CREATE INDEX ix_survey_response_member ON survey_response (member_id);

-- One row per marked choice (or scale value) or per free text.
CREATE TABLE survey_answer (
    response_id  BIGINT          NOT NULL REFERENCES survey_response (id),
    question_no  INTEGER         NOT NULL,
    mark         INTEGER,
    answer_text  VARCHAR(10000)
);
CREATE INDEX ix_survey_answer_response ON survey_answer (response_id);
