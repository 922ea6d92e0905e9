package org.homecoming.simulator;

import org.homecoming.kinship.io.FrequencyTableReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.homecoming.kinship.locus.FrequencyDatabase;

/**
 * What to simulate: how many missing persons and remains, the seed, the loci and the population.
 *
 * <p>{@code SimulationSpec.of(1000, 300, 42).withLoci(16)}
 *
 * <p>Defaults: 23 loci (the PowerPlex Fusion 6C autosomal set), the bundled East Asian frequency table, 3% US
 * cases, 85% of the missing with a family in the database, 5% of remains from unregistered persons, mutation
 * rate 0.001 per allele per meiosis, a lineage reference set of 2,000 unrelated men
 * ({@code lineage_reference.csv}; 0 writes no file).
 */
public record SimulationSpec(int missingPersons, int remains, long seed, int loci, FrequencyDatabase frequencies,
        double usShare, double familyShare, double unregisteredShare, double mutationRate,
        int lineageReference) {

    /** The table used when none is given, bundled with the simulator. */
    public static final String DEFAULT_FREQUENCIES = "east-asia-norstr-2023.txt";

    public SimulationSpec {
        if (missingPersons < 1) {
            throw new IllegalArgumentException("missing persons must be at least 1: " + missingPersons);
        }
        if (remains < 0) {
            throw new IllegalArgumentException("remains must be at least 0: " + remains);
        }
        if (frequencies == null) {
            throw new IllegalArgumentException("frequencies must be given");
        }
        if (loci < 1 || loci > frequencies.loci().size()) {
            throw new IllegalArgumentException("loci must be in [1, " + frequencies.loci().size()
                    + "] for frequency table " + frequencies.name() + ": " + loci);
        }
        share("US share", usShare);
        share("family share", familyShare);
        share("unregistered share", unregisteredShare);
        share("mutation rate", mutationRate);
        if (lineageReference < 0) {
            throw new IllegalArgumentException("lineage reference set size must be at least 0: " + lineageReference);
        }
    }

    public static SimulationSpec of(int missingPersons, int remains, long seed) {
        return new SimulationSpec(missingPersons, remains, seed, 23, defaultFrequencies(), 0.03, 0.85, 0.05, 0.001,
                2000);
    }

    public SimulationSpec withLoci(int n) {
        return new SimulationSpec(missingPersons, remains, seed, n, frequencies, usShare, familyShare,
                unregisteredShare, mutationRate, lineageReference);
    }

    /** Another population; the number of loci is cut to what the table has. */
    public SimulationSpec withFrequencies(FrequencyDatabase db) {
        return new SimulationSpec(missingPersons, remains, seed, Math.min(loci, db.loci().size()), db, usShare,
                familyShare, unregisteredShare, mutationRate, lineageReference);
    }

    public SimulationSpec withUsShare(double share) {
        return new SimulationSpec(missingPersons, remains, seed, loci, frequencies, share, familyShare,
                unregisteredShare, mutationRate, lineageReference);
    }

    public SimulationSpec withFamilyShare(double share) {
        return new SimulationSpec(missingPersons, remains, seed, loci, frequencies, usShare, share,
                unregisteredShare, mutationRate, lineageReference);
    }

    public SimulationSpec withUnregisteredShare(double share) {
        return new SimulationSpec(missingPersons, remains, seed, loci, frequencies, usShare, familyShare, share,
                mutationRate, lineageReference);
    }

    public SimulationSpec withMutationRate(double rate) {
        return new SimulationSpec(missingPersons, remains, seed, loci, frequencies, usShare, familyShare,
                unregisteredShare, rate, lineageReference);
    }

    /** Another size of the lineage reference set: {@code n} men, each with a Y-STR and an mtDNA row; 0 for none. */
    public SimulationSpec withLineageReference(int n) {
        return new SimulationSpec(missingPersons, remains, seed, loci, frequencies, usShare, familyShare,
                unregisteredShare, mutationRate, n);
    }

    /** The bundled East Asian table (norSTR 2023, 40 loci). */
    public static FrequencyDatabase defaultFrequencies() {
        String resource = "/org/homecoming/simulator/frequencies/" + DEFAULT_FREQUENCIES;
        try (InputStream in = SimulationSpec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("simulator resource missing: " + resource);
            }
            return FrequencyTableReader.read(in, DEFAULT_FREQUENCIES, "east-asia-norstr-2023");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void share(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1]: " + value);
        }
    }
}
