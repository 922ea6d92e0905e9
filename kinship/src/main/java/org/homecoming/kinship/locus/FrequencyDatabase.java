package org.homecoming.kinship.locus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A population's allele frequencies for a set of markers, with the provenance of the table.
 *
 * <p>{@code FrequencyDatabase db = FrequencyTableReader.read(path); db.locus("TH01")}
 *
 * <p>Locus names are matched exactly; order is the order of the source.
 */
public record FrequencyDatabase(String name, String source, List<LocusFrequencies> loci) {

    public FrequencyDatabase {
        loci = List.copyOf(loci);
        source = source == null ? "" : source;
        Map<String, LocusFrequencies> seen = new LinkedHashMap<>();
        for (LocusFrequencies l : loci) {
            if (seen.put(l.locus(), l) != null) {
                throw new IllegalArgumentException("duplicate locus in database " + name + ": " + l.locus());
            }
        }
    }

    public Optional<LocusFrequencies> find(String locus) {
        return loci.stream().filter(l -> l.locus().equals(locus)).findFirst();
    }

    /** The frequencies of {@code locus}; throws when the database does not have it. */
    public LocusFrequencies locus(String locus) {
        return find(locus).orElseThrow(() ->
                new IllegalArgumentException("locus " + locus + " is not in database " + name));
    }

    public List<String> locusNames() {
        List<String> names = new ArrayList<>();
        loci.forEach(l -> names.add(l.locus()));
        return names;
    }
}
