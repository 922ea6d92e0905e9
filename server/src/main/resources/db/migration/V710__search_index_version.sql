-- Issue 17: which compiled index a search's results came from (SearchIndex.version, a SHA-256; several
-- for a NEW job, which searches new remains and new families apart), and where it ran.
ALTER TABLE ident_search_job ADD COLUMN index_versions VARCHAR(400);
ALTER TABLE ident_search_job ADD COLUMN engine VARCHAR(300);
