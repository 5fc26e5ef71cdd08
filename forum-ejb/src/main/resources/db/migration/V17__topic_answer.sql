-- The city's answer to a topic: "answered" says nothing without it (the outcome tracker will build on this).
ALTER TABLE topic ADD COLUMN answer VARCHAR(5000);
ALTER TABLE topic ADD COLUMN answered_on DATE;
