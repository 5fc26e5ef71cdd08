-- A campaign may announce a participation survey (issue 13): its kind, and the survey it announces. One announcement
-- per survey is the unique key's rule (a second one, also two clicks at the same moment, is refused); the monthly
-- topic campaigns have no survey, and NULLs do not collide.

ALTER TABLE campaign ADD COLUMN kind VARCHAR(12) DEFAULT 'TOPIC' NOT NULL;
ALTER TABLE campaign ADD COLUMN survey_id BIGINT;
ALTER TABLE campaign ADD CONSTRAINT fk_campaign_survey FOREIGN KEY (survey_id) REFERENCES survey (id);
ALTER TABLE campaign ADD CONSTRAINT uq_campaign_survey UNIQUE (survey_id);
