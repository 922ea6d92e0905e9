package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * A DVI reference family read from a {@code .fam} file: its pedigrees, the typed references and the
 * missing persons whom victims may be.
 *
 * <p>{@code new ReferenceFamily(f.name(), f.pedigree(), f.references(), f.missing())} in the DVI
 * module.
 *
 * <p>Familias' "Reference pedigree" (the references alone) is left out when the family has other
 * pedigrees; of each pedigree only the components holding a typed reference are kept, as dvir does.
 * Missing persons are the untyped members whose names start with "Missing" (dvir's convention).
 */
public record FamiliasReferenceFamily(String name, List<Hypothesis> pedigrees, GenotypeTable references,
        List<String> missing) {

    public FamiliasReferenceFamily {
        Objects.requireNonNull(name, "name");
        pedigrees = List.copyOf(pedigrees);
        Objects.requireNonNull(references, "references");
        missing = List.copyOf(missing);
        if (pedigrees.isEmpty()) {
            throw new IllegalArgumentException("family " + name + " has no pedigree");
        }
    }

    /** The family's first (usually only) pedigree. */
    public Pedigree pedigree() {
        return pedigrees.get(0).pedigree();
    }
}
