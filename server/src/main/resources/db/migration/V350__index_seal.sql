-- The seal of each full-text index: a random token written to the index's last commit and here at a
-- clean shutdown, and removed here at startup. An index is trusted at the next start only when the
-- two tokens match; after a crash (kill -9, power loss) the row is missing and the index is rebuilt.
CREATE TABLE index_seal (
    index_name VARCHAR(40) PRIMARY KEY,
    token      VARCHAR(64) NOT NULL
);
