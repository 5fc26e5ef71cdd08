-- Moderation of the remaining kinds (issue 13): ideas and topic suggestions are reported and screened like
-- opinions. Each feature keeps the hidden state in its own table, as opinions do (V23): hidden while
-- reports or screening hold it for review (no reason yet), or hidden by a moderator with the reason shown to readers.
ALTER TABLE idea ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE idea ADD COLUMN hidden_reason VARCHAR(500);
ALTER TABLE topic_suggestion ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE topic_suggestion ADD COLUMN hidden_reason VARCHAR(500);
