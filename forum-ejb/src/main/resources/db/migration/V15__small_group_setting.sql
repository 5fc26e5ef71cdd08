-- Statistics never show a group smaller than this (small-cell suppression of poll breakdowns and their exports).
ALTER TABLE organisation_settings ADD COLUMN small_group_min INTEGER DEFAULT 5 NOT NULL;
