-- A member's display name can be reported and hidden like what they write (issue 13): the verified real name stays,
-- others read a placeholder while it is hidden, pending review (no reason) or by a moderator's decision (a reason
-- the member reads on their page).
ALTER TABLE member ADD COLUMN name_hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE member ADD COLUMN name_hidden_reason VARCHAR(500);
