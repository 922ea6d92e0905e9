-- A victim's details are personal and health data: they cross to the other side only with the victim's (or,
-- for a child or a person killed, the family's) recorded consent. Sharing an accident alone shares its place,
-- date, device and the counts killed and injured.
ALTER TABLE lr_victim ADD COLUMN consent_to_share BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE lr_victim ADD COLUMN consent_recorded_by VARCHAR(100);
ALTER TABLE lr_victim ADD COLUMN consent_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lr_victim ADD COLUMN consent_note VARCHAR(1000);
