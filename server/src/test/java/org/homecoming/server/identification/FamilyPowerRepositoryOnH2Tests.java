package org.homecoming.server.identification;

import org.homecoming.server.RepositoryTest;

/** {@link FamilyPowerRepositoryContract} on H2 in PostgreSQL mode, the database of {@code ./homecoming demo}. */
@RepositoryTest
class FamilyPowerRepositoryOnH2Tests extends FamilyPowerRepositoryContract {
}
