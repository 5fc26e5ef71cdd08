-- Clean addresses (issue 14): an outcome keeps a copy of its source's link (V19). The ones written before name the
-- old page (topic.xhtml?id=7), which now only answers 301; they name the clean address (topics/7) like new ones, so
-- the tracker and "what became of my voice" link straight to the page. Portable SQL (H2, PostgreSQL).
UPDATE policy_outcome SET source_link = REPLACE(source_link, 'topic.xhtml?id=', 'topics/')
 WHERE source_link LIKE 'topic.xhtml?id=%';
UPDATE policy_outcome SET source_link = REPLACE(source_link, 'idea.xhtml?id=', 'ideas/')
 WHERE source_link LIKE 'idea.xhtml?id=%';
