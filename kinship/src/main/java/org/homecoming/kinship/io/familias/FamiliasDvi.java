package org.homecoming.kinship.io.familias;

import java.util.List;

/**
 * The {@code [DVI]} section of a {@code .fam} file: the unidentified persons (victims, remains) and
 * the reference families.
 *
 * <p>{@code dvi.unidentified().size()}
 */
public record FamiliasDvi(List<FamiliasPerson> unidentified, List<FamiliasDviFamily> families) {

    public FamiliasDvi {
        unidentified = List.copyOf(unidentified);
        families = List.copyOf(families);
    }
}
