-- Several missing persons in one family (two brothers both lost): the family's rows stay keyed by its
-- first missing person (person_id); a row whose represents_person_id is set stands for another missing
-- person in that pedigree (its ref is that person's ref, never living, no consent, no sample). The
-- unique index keeps each missing person in at most one family. A NULL is no person, so every
-- ordinary relative keeps NULL. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.
ALTER TABLE family_member ADD COLUMN represents_person_id BIGINT;
ALTER TABLE family_member ADD CONSTRAINT family_member_represents
    FOREIGN KEY (represents_person_id) REFERENCES missing_person (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX family_member_represents_person ON family_member (represents_person_id);
