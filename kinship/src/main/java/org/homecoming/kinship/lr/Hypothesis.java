package org.homecoming.kinship.lr;

import org.homecoming.kinship.pedigree.Pedigree;

/**
 * A named pedigree claimed to explain the data.
 *
 * <p>{@code new Hypothesis("paternity", Pedigree.nuclear("AF", "MO", "CH"))}
 */
public record Hypothesis(String name, Pedigree pedigree) {

    public Hypothesis {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("hypothesis name must not be blank: '" + name + "'");
        }
        if (pedigree == null) {
            throw new IllegalArgumentException("hypothesis " + name + ": pedigree must not be null");
        }
    }
}
