-- "What to sample next" kept current in the background: the fingerprint of the family data a power
-- row was computed from (a row whose family has changed since is stale until recomputed), and the
-- chance with each living relative's sample added, not only the best one's.
ALTER TABLE ident_family_power ADD COLUMN data_hash VARCHAR(64);
ALTER TABLE ident_family_power ADD COLUMN stale BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE ident_family_power_candidate (
    person_id      BIGINT NOT NULL REFERENCES ident_family_power (person_id) ON DELETE CASCADE,
    member_ref     VARCHAR(64) NOT NULL,
    p_at_threshold DOUBLE PRECISION NOT NULL,
    mean_log10_lr  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (person_id, member_ref)
);
