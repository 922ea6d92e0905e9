package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The pairwise LR matrix of a DVI problem, victims by missing persons, with the exclusions found
 * along the way.
 *
 * <pre>{@code
 * PairwiseTable t = DviAnalysis.pairwise(problem);
 * t.lr("V1", "M3");        // empty: sex-incompatible
 * t.excluded();            // pairings with too many incompatible markers
 * }</pre>
 */
public final class PairwiseTable {

    private final List<String> victims;
    private final List<String> missing;
    private final Map<String, Map<String, Pairing>> cells;

    PairwiseTable(List<String> victims, List<String> missing, Map<String, Map<String, Pairing>> cells) {
        this.victims = List.copyOf(victims);
        this.missing = List.copyOf(missing);
        this.cells = cells;
    }

    public List<String> victims() {
        return victims;
    }

    public List<String> missing() {
        return missing;
    }

    /** The pairing of a victim and a missing person; throws for unknown ids. */
    public Pairing get(String victim, String missingPerson) {
        Map<String, Pairing> row = cells.get(Objects.requireNonNull(victim, "victim"));
        if (row == null) {
            throw new IllegalArgumentException("unknown victim: " + victim);
        }
        Pairing p = row.get(Objects.requireNonNull(missingPerson, "missingPerson"));
        if (p == null) {
            throw new IllegalArgumentException("unknown missing person: " + missingPerson);
        }
        return p;
    }

    /** The LR, empty when the pairing is sex-incompatible. */
    public OptionalDouble lr(String victim, String missingPerson) {
        return get(victim, missingPerson).lr();
    }

    /** A victim's row, in the order of the missing persons. */
    public List<Pairing> row(String victim) {
        List<Pairing> out = new ArrayList<>();
        missing.forEach(m -> out.add(get(victim, m)));
        return out;
    }

    /**
     * The pairings left out because the sexes of victim and missing person are both known and
     * differ, row by row; a victim or missing person of unknown sex is never left out.
     */
    public List<Pairing> skippedForSex() {
        List<Pairing> out = new ArrayList<>();
        for (String v : victims) {
            row(v).stream().filter(p -> !p.sexCompatible()).forEach(out::add);
        }
        return out;
    }

    /** The excluded pairings, row by row. */
    public List<Pairing> excluded() {
        List<Pairing> out = new ArrayList<>();
        for (String v : victims) {
            row(v).stream().filter(Pairing::excluded).forEach(out::add);
        }
        return out;
    }
}
