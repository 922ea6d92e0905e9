package org.homecoming.server.landrelease.summary;

import org.homecoming.server.RepositoryTest;

/** The land-release figures on H2 in PostgreSQL mode, the database of {@code ./homecoming demo}. */
@RepositoryTest
class SummaryRepositoryTests extends SummaryRepositoryContract {
}
