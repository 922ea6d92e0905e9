package org.homecoming.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.search.LineageEvidence;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.Truth;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.programme.search.SearchInput;

/**
 * What {@code homecoming match} searches, read from a programme directory or a Familias DVI file.
 *
 * <p>Programme remains are of unknown sex for the search (the anthropological estimate may be wrong);
 * the victims of a DVI file keep their sexes, so that sex-incompatible pairs are left out as {@code
 * homecoming dvi} leaves them out, unless {@code ignoreSex}.
 *
 * @param truth remains id → true missing person, for remains whose person is registered (empty
 *     without a truth file)
 * @param lineage the Y-STR and mtDNA haplotypes to compare reported pairs with (none for a DVI file)
 * @param notes lines for the user about what the reading assumed
 */
record MatchInput(List<SearchFamily> families, List<RemainsProfile> remains, List<Locus> loci, LikelihoodOptions options,
        Map<String, String> truth, boolean hasTruth, LineageEvidence lineage, List<String> notes) {

    static MatchInput read(Path input, ProgrammeReader.Settings settings, boolean ignoreSex) {
        SearchInput in = SearchInput.read(input, settings, ignoreSex);
        return in.programme() == null ? familias(in) : programme(in);
    }

    private static MatchInput programme(SearchInput in) {
        Programme p = in.programme();
        Map<String, String> truth = new LinkedHashMap<>();
        for (RemainsProfile v : p.remains()) {
            Truth t = p.truth().get(v.id());
            if (t != null && !t.missingPersonId().isEmpty()) {
                truth.put(v.id(), t.missingPersonId());
            }
        }
        Map<String, YHaplotype> y = new HashMap<>();
        Map<String, MitoProfile> mito = new HashMap<>();
        p.lineage().forEach((subject, h) -> {
            h.y().ifPresent(x -> y.put(subject, x));
            h.mito().ifPresent(x -> mito.put(subject, x));
        });
        return new MatchInput(in.families(), in.remains(), in.loci(), in.options(), truth, p.hasTruth(),
                new LineageEvidence(y, mito, p.lineageReference()), in.notes());
    }

    private static MatchInput familias(SearchInput in) {
        return new MatchInput(in.families(), in.remains(), in.loci(), in.options(), Map.of(), false,
                new LineageEvidence(Map.of(), Map.of()), in.notes());
    }
}
