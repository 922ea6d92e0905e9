package org.homecoming.kinship.io.familias;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.pedigree.Sex;

/**
 * The DVI part of a {@code .fam} file in kinship types: the victims' profiles and sexes, and the
 * reference families.
 *
 * <p>{@code dvi.victimSexes().keySet()} lists the victims in file order.
 *
 * <p>Ids are the file's names, except that a family member whose name is also used in another family
 * or by a victim is renamed {@code <family>/<name>} ("Family 1/Missing person"), so that every id is
 * unique across the case.
 */
public record FamiliasDviCase(GenotypeTable victims, Map<String, Sex> victimSexes,
        List<FamiliasReferenceFamily> families) {

    public FamiliasDviCase {
        Objects.requireNonNull(victims, "victims");
        victimSexes = Collections.unmodifiableMap(new LinkedHashMap<>(victimSexes));
        families = List.copyOf(families);
    }
}
