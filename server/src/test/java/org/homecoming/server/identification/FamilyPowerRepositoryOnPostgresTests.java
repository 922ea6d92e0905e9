package org.homecoming.server.identification;

import org.homecoming.server.RepositoryOnPostgresTest;

/** {@link FamilyPowerRepositoryContract} on PostgreSQL 15, the production database. */
@RepositoryOnPostgresTest
class FamilyPowerRepositoryOnPostgresTests extends FamilyPowerRepositoryContract {
}
