package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;

/**
 * A reference family of the {@code [DVI]} section: its persons (references with their data and untyped
 * relatives) and its pedigrees.
 *
 * <p>{@code family.pedigrees().get(1).relations()}
 *
 * <p>Relations may name persons not listed among the family's persons; Familias does so for the
 * person sought, whom it calls "Missing person". {@code line} is the 1-based line where the family
 * starts.
 */
public record FamiliasDviFamily(String name, List<FamiliasPerson> persons, List<FamiliasPedigree> pedigrees,
        int line) {

    public FamiliasDviFamily {
        Objects.requireNonNull(name, "name");
        persons = List.copyOf(persons);
        pedigrees = List.copyOf(pedigrees);
    }
}
