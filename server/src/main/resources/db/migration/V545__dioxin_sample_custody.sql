-- Who collected each dioxin sample and its chain of custody (the custody form and its hand-overs as the field team
-- records them), so a result can be traced from the ground to the laboratory. Both optional: older campaigns
-- did not always keep them. V540-V549: results and sample detail.
ALTER TABLE dioxin_sample ADD COLUMN collector VARCHAR(200);
ALTER TABLE dioxin_sample ADD COLUMN chain_of_custody VARCHAR(1000);
