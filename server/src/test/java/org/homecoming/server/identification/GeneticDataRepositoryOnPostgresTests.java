package org.homecoming.server.identification;

import org.homecoming.server.RepositoryOnPostgresTest;

/** {@link GeneticDataRepositoryContract} on PostgreSQL 15, the production database. */
@RepositoryOnPostgresTest
class GeneticDataRepositoryOnPostgresTests extends GeneticDataRepositoryContract {
}
