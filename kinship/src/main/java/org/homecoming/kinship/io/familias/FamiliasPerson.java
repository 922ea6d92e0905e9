package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;
import org.homecoming.kinship.pedigree.Sex;

/**
 * A person of a {@code .fam} file with their genotypes: someone of the case, an unidentified victim
 * or a member of a DVI reference family.
 *
 * <p>{@code new FamiliasPerson("AF", Sex.MALE, -1, false, List.of(new FamiliasGenotype("TH01", "6",
 * "9.3")), 7)}
 *
 * <p>{@code age} is the number Familias stores in the person's age field, -1 when none was given
 * (DVI persons have none); {@code considerDropout} is Familias' "Consider dropouts" mark.
 * {@code line} is the 1-based line where the person starts (0 for persons the reader invents, such
 * as the "extra" persons of a pedigree).
 */
public record FamiliasPerson(String name, Sex sex, int age, boolean considerDropout,
        List<FamiliasGenotype> genotypes, int line) {

    public FamiliasPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        genotypes = List.copyOf(genotypes);
    }

    /** A person with no data, as the extras of a pedigree are. */
    public static FamiliasPerson untyped(String name, Sex sex) {
        return new FamiliasPerson(name, sex, -1, false, List.of(), 0);
    }

    public boolean isTyped() {
        return !genotypes.isEmpty();
    }
}
