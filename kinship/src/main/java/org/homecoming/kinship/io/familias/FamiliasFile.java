package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a Familias {@code .fam} file says, as written: the persons with their genotypes, the
 * known relations shared by all pedigrees, the pedigrees (the hypotheses), the frequency database
 * and the optional {@code [DVI]} section. {@link FamiliasReader} makes one, {@link FamiliasCase}
 * turns one into kinship types.
 *
 * <p>{@code FamiliasFile f = FamiliasReader.read(Path.of("paternity.fam"));}
 *
 * <p>{@code version} is the version line as written ({@code "3.3.1"}, {@code "3.2.9 (DVI)"}).
 */
public record FamiliasFile(String file, String version, List<FamiliasPerson> persons,
        FamiliasPedigree knownRelations, List<FamiliasPedigree> pedigrees, FamiliasDatabase database,
        Optional<FamiliasDvi> dvi) {

    public FamiliasFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(version, "version");
        persons = List.copyOf(persons);
        Objects.requireNonNull(knownRelations, "knownRelations");
        pedigrees = List.copyOf(pedigrees);
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dvi, "dvi");
    }
}
