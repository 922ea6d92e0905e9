-- Alleles a search job added to a locus of its frequency table (seen in the data, absent from the
-- table), one row each, in the order the locus lists them. Jobs recorded before this migration keep
-- them as text in ident_search_job.added_alleles ("LOCUS=a,b;LOCUS=c"), read by
-- SearchJobRepository.addedAlleles when a job has no rows here; new jobs leave that column NULL.
CREATE TABLE ident_search_job_allele (
    job_id   BIGINT      NOT NULL REFERENCES ident_search_job (id),
    locus    VARCHAR(64) NOT NULL,
    position INTEGER     NOT NULL,
    allele   VARCHAR(64) NOT NULL,
    PRIMARY KEY (job_id, locus, position)
);
