-- Screening of what members publish (issue 13, personal data guard): Korean mobile numbers and e-mail addresses in
-- public text are masked or held for review (contact_guard MASK | REVIEW), and a list of banned words (one per line,
-- organisation data) holds a matching post for a moderator instead of publishing it. A held item is a moderation
-- case hidden pending review with no report: held_for says why (BANNED_WORD | CONTACT).
ALTER TABLE organisation_settings ADD COLUMN banned_words VARCHAR(10200);
ALTER TABLE organisation_settings ADD COLUMN contact_guard VARCHAR(8) DEFAULT 'MASK' NOT NULL;
ALTER TABLE moderation_case ADD COLUMN held_for VARCHAR(16);
