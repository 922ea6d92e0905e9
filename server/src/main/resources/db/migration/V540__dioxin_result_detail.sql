-- The richer results format (docs/dioxin.md, "The results file"): each result's quantification limit apart from
-- the limit a non-detect is counted at, the laboratory's qualifier flag as reported, and the laboratory's own TEQ
-- of the sample with the TEF scheme it used, kept to compare with the TEQ computed here. V540-V549: results detail.
ALTER TABLE dioxin_result ADD COLUMN quantification_limit DOUBLE PRECISION;
ALTER TABLE dioxin_result ADD COLUMN qualifier VARCHAR(16);
ALTER TABLE dioxin_sample ADD COLUMN lab_teq DOUBLE PRECISION;
ALTER TABLE dioxin_sample ADD COLUMN lab_tef VARCHAR(16);
