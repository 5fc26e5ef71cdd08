-- A comment carries its topic (issue 13, dashboard speed). The officials' figures read a topic's comments and the
-- reactions on them; reached through the opinion, PostgreSQL's planner hashes the whole comment table (500,000 rows
-- on the bench data) for every such figure. The topic never changes for a comment (a comment stays under its
-- opinion, an opinion under its topic), so the copy cannot drift.
ALTER TABLE opinion_comment ADD COLUMN topic_id BIGINT;
UPDATE opinion_comment SET topic_id = (SELECT o.topic_id FROM opinion o WHERE o.id = opinion_comment.opinion_id);
ALTER TABLE opinion_comment ALTER COLUMN topic_id SET NOT NULL;
ALTER TABLE opinion_comment ADD CONSTRAINT fk_comment_topic FOREIGN KEY (topic_id) REFERENCES topic (id);
CREATE INDEX ix_comment_topic ON opinion_comment (topic_id, created_at);
