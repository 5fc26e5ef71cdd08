-- The topic dashboard's "returning participants" looks up, per participant, whether they wrote an opinion, a comment
-- or a reaction in an earlier topic: opinions (ix_opinion_author) and reactions (uq_reaction_member_target) have an
-- index by member already, comments had none.
CREATE INDEX ix_comment_author ON opinion_comment (author_id);
