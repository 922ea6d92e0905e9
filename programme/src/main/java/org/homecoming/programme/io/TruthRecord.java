package org.homecoming.programme.io;

import java.util.Optional;

/**
 * Who one set of simulated remains really is (a row of {@code truth.csv}).
 *
 * <p>{@code truth.family().isPresent()} means the remains' family is in the database and could be identified.
 */
public record TruthRecord(String remains, Optional<String> missing, Optional<String> family, int typedReferences) {
}
