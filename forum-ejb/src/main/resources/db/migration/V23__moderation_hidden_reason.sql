-- A hidden opinion or comment shows why on its placeholder: a moderator's reason; none while reports alone hid it
-- (the placeholder then says it waits for review). Restoring clears it.
ALTER TABLE opinion ADD COLUMN hidden_reason VARCHAR(500);
ALTER TABLE opinion_comment ADD COLUMN hidden_reason VARCHAR(500);
ALTER TABLE idea_comment ADD COLUMN hidden_reason VARCHAR(500);
