package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * The autosomal STR loci a simulated laboratory types, taken in a standard order from a frequency table.
 *
 * <p>{@code Kit.select(db, 23).loci()} are the PowerPlex Fusion 6C autosomal loci when the table has them all.
 *
 * <p>Order: the 13 original CODIS loci, the 7 added in 2017, then SE33, Penta E, Penta D (together the 23
 * autosomal loci of PowerPlex Fusion 6C), then the table's other loci in table order. Loci the table lacks are
 * skipped.
 */
public record Kit(String name, List<LocusFrequencies> loci) {

    /** The standard order of docs/formats.md. */
    public static final List<String> STANDARD_ORDER = List.of(
            "CSF1PO", "FGA", "TH01", "TPOX", "vWA", "D3S1358", "D5S818", "D7S820", "D8S1179", "D13S317",
            "D16S539", "D18S51", "D21S11",
            "D1S1656", "D2S441", "D2S1338", "D10S1248", "D12S391", "D19S433", "D22S1045",
            "SE33", "Penta E", "Penta D");

    /**
     * Approximate amplicon size class of each locus in current kits: S below ~150 bp, M 150–250 bp, L above 250 bp
     * (rounded from the kits' published size ranges; loci not listed count as M). Long amplicons fail first in
     * degraded DNA.
     */
    private static final Map<String, AmpliconSize> SIZES = Map.ofEntries(
            Map.entry("D3S1358", AmpliconSize.S), Map.entry("TH01", AmpliconSize.S),
            Map.entry("D8S1179", AmpliconSize.S), Map.entry("D10S1248", AmpliconSize.S),
            Map.entry("D22S1045", AmpliconSize.S), Map.entry("D2S441", AmpliconSize.S),
            Map.entry("D19S433", AmpliconSize.S), Map.entry("TPOX", AmpliconSize.S),
            Map.entry("D14S1434", AmpliconSize.S),
            Map.entry("FGA", AmpliconSize.L), Map.entry("D2S1338", AmpliconSize.L),
            Map.entry("SE33", AmpliconSize.L), Map.entry("Penta D", AmpliconSize.L),
            Map.entry("Penta E", AmpliconSize.L), Map.entry("CSF1PO", AmpliconSize.L),
            Map.entry("D18S51", AmpliconSize.L));

    public Kit {
        loci = List.copyOf(loci);
        if (loci.isEmpty()) {
            throw new IllegalArgumentException("a kit needs at least one locus");
        }
    }

    /** The first {@code count} loci of {@code db} in the standard order. */
    public static Kit select(FrequencyDatabase db, int count) {
        List<String> order = order(db);
        if (count < 1 || count > order.size()) {
            throw new IllegalArgumentException("loci must be in [1, " + order.size() + "] for frequency table "
                    + db.name() + ": " + count);
        }
        List<LocusFrequencies> loci = new ArrayList<>();
        for (String name : order.subList(0, count)) {
            loci.add(db.locus(name).normalised());
        }
        boolean fusion = STANDARD_ORDER.containsAll(order.subList(0, count));
        return new Kit(fusion ? "PPF6C" : "PPF6C+NorSTR", loci);
    }

    /** All loci of {@code db} in the standard order. */
    public static List<String> order(FrequencyDatabase db) {
        List<String> names = db.locusNames();
        List<String> order = new ArrayList<>();
        for (String s : STANDARD_ORDER) {
            if (names.contains(s)) {
                order.add(s);
            }
        }
        for (String s : names) {
            if (!order.contains(s)) {
                order.add(s);
            }
        }
        return order;
    }

    public static AmpliconSize size(String locus) {
        return SIZES.getOrDefault(locus, AmpliconSize.M);
    }

    public List<String> locusNames() {
        return loci.stream().map(LocusFrequencies::locus).toList();
    }

    public int size() {
        return loci.size();
    }

    /** Amplicon size class: how much a locus suffers from degradation. */
    public enum AmpliconSize {
        S(0.35), M(0.7), L(1.1);

        private final double weight;

        AmpliconSize(double weight) {
            this.weight = weight;
        }

        /** The factor applied to a sample's degradation to get this class's locus dropout probability. */
        public double weight() {
            return weight;
        }
    }
}
