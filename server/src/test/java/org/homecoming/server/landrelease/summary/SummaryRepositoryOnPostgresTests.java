package org.homecoming.server.landrelease.summary;

import org.homecoming.server.RepositoryOnPostgresTest;

/** The land-release figures on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@RepositoryOnPostgresTest
class SummaryRepositoryOnPostgresTests extends SummaryRepositoryContract {
}
