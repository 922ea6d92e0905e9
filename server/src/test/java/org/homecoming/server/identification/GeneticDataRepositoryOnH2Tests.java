package org.homecoming.server.identification;

import org.homecoming.server.RepositoryTest;

/** {@link GeneticDataRepositoryContract} on H2 in PostgreSQL mode, the database of {@code ./homecoming demo}. */
@RepositoryTest
class GeneticDataRepositoryOnH2Tests extends GeneticDataRepositoryContract {
}
