package org.homecoming.programme;

import java.util.List;

/**
 * The CSV files of a programme directory and their columns, in the order of docs/formats.md: the one
 * place the simulator writes them from and the CLI and the server read them by.
 *
 * <p>{@code ProgrammeFile.REMAINS.fileName()} is {@code "remains.csv"}; {@code ProgrammeFile.REMAINS.columns()}
 * lists its header.
 *
 * <p>{@link #LINEAGE_REFERENCE} is optional beside the others: a population set for lineage
 * frequencies, not a record stream of the programme. {@link #TRUTH} exists only for a simulated
 * programme and is never imported.
 */
public enum ProgrammeFile {

    MISSING_PERSONS("missing_persons.csv", "id", "side", "full_name", "family_name", "middle_name", "given_name",
            "aliases", "sex", "birth_date", "home_commune", "home_district", "home_province", "service_number", "unit",
            "rank", "loss_date", "loss_place", "loss_lat", "loss_lon", "loss_precision_m", "circumstances", "status",
            "source"),
    FAMILY_MEMBERS("family_members.csv", "id", "family_id", "missing_person_id", "full_name", "sex", "birth_year",
            "relationship", "father_id", "mother_id", "living", "consent_dna", "consent_share", "consent_date",
            "contact"),
    SITES("sites.csv", "id", "kind", "name", "province", "lat", "lon", "wkt"),
    REMAINS("remains.csv", "id", "site_id", "recovery_date", "recovery_lat", "recovery_lon", "precision_m", "team",
            "sex_estimate", "age_min", "age_max", "stature_cm", "condition", "artifacts", "status"),
    PROFILES("profiles.csv", "sample_id", "subject_type", "subject_id", "kit", "locus", "allele1", "allele2",
            "quality"),
    LINEAGE("lineage.csv", "sample_id", "subject_type", "subject_id", "marker_type", "value"),
    TRUTH("truth.csv", "remains_id", "missing_person_id", "family_id", "typed_references"),
    LINEAGE_REFERENCE("lineage_reference.csv", "sample_id", "marker_type", "value");

    /** The allele frequency table (kinship's {@code FrequencyTableReader} format). */
    public static final String FREQUENCIES = "frequencies.txt";
    /** The simulation's settings, and the loci of the kit ({@code loci=}), when the directory was simulated. */
    public static final String MANIFEST = "manifest.properties";
    public static final String README = "README.txt";

    private final String fileName;
    private final List<String> columns;

    ProgrammeFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    /** The header, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The files of the programme itself, in the order of docs/formats.md (without the lineage reference set). */
    public static List<ProgrammeFile> records() {
        return List.of(MISSING_PERSONS, FAMILY_MEMBERS, SITES, REMAINS, PROFILES, LINEAGE, TRUTH);
    }
}
