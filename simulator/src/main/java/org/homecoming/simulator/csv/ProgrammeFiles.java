package org.homecoming.simulator.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.simulator.programme.AlleleCall;
import org.homecoming.simulator.programme.FamilyMember;
import org.homecoming.simulator.programme.GeoPoint;
import org.homecoming.simulator.programme.LineageHaplotype;
import org.homecoming.simulator.programme.MissingPerson;
import org.homecoming.simulator.programme.Remains;
import org.homecoming.simulator.programme.Site;
import org.homecoming.simulator.programme.Truth;

/**
 * The file names and headers of a programme directory (docs/formats.md) and each record's CSV row.
 *
 * <p>{@code ProgrammeFiles.HEADERS.get(ProgrammeFiles.REMAINS)} lists the columns of {@code remains.csv} in order.
 *
 * <p>Text is written in Unicode NFC whatever form it arrived in.
 */
public final class ProgrammeFiles {

    public static final String MISSING_PERSONS = "missing_persons.csv";
    public static final String FAMILY_MEMBERS = "family_members.csv";
    public static final String SITES = "sites.csv";
    public static final String REMAINS = "remains.csv";
    public static final String PROFILES = "profiles.csv";
    public static final String LINEAGE = "lineage.csv";
    public static final String TRUTH = "truth.csv";
    /** Written beside the others when the spec asks for a reference set; not a record stream of the programme. */
    public static final String LINEAGE_REFERENCE = "lineage_reference.csv";
    public static final List<String> LINEAGE_REFERENCE_COLUMNS = List.of("sample_id", "marker_type", "value");
    public static final String FREQUENCIES = "frequencies.txt";
    public static final String README = "README.txt";
    public static final String MANIFEST = "manifest.properties";

    /** The CSV files and their columns, in the order of docs/formats.md. */
    public static final Map<String, List<String>> HEADERS = headers(
                    MISSING_PERSONS, List.of("id", "side", "full_name", "family_name", "middle_name", "given_name",
                            "aliases", "sex", "birth_date", "home_commune", "home_district", "home_province",
                            "service_number", "unit", "rank", "loss_date", "loss_place", "loss_lat", "loss_lon",
                            "loss_precision_m", "circumstances", "status", "source"),
                    FAMILY_MEMBERS, List.of("id", "family_id", "missing_person_id", "full_name", "sex", "birth_year",
                            "relationship", "father_id", "mother_id", "living", "consent_dna", "consent_share",
                            "consent_date", "contact"),
                    SITES, List.of("id", "kind", "name", "province", "lat", "lon", "wkt"),
                    REMAINS, List.of("id", "site_id", "recovery_date", "recovery_lat", "recovery_lon", "precision_m",
                            "team", "sex_estimate", "age_min", "age_max", "stature_cm", "condition", "artifacts",
                            "status"),
                    PROFILES, List.of("sample_id", "subject_type", "subject_id", "kit", "locus", "allele1", "allele2",
                            "quality"),
                    LINEAGE, List.of("sample_id", "subject_type", "subject_id", "marker_type", "value"),
                    TRUTH, List.of("remains_id", "missing_person_id", "family_id", "typed_references"));

    private ProgrammeFiles() {
    }

    private static Map<String, List<String>> headers(Object... fileAndColumns) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < fileAndColumns.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) fileAndColumns[i + 1];
            m.put((String) fileAndColumns[i], columns);
        }
        return Collections.unmodifiableMap(m);
    }

    public static List<String> row(MissingPerson p) {
        return nfc(List.of(p.id(), p.side(), p.fullName(), p.familyName(), p.middleName(), p.givenName(),
                String.join(";", p.aliases()), p.sex(), date(p.birthDate()), p.homeCommune(), p.homeDistrict(),
                p.homeProvince(), p.serviceNumber(), p.unit(), p.rank(), date(p.lossDate()), p.lossPlace(),
                lat(p.lossPoint()), lon(p.lossPoint()), integer(p.lossPrecisionM()), p.circumstances(), p.status(),
                p.source()));
    }

    public static List<String> row(FamilyMember m) {
        return nfc(List.of(m.id(), m.familyId(), m.missingPersonId(), m.fullName(), m.sex(), integer(m.birthYear()),
                m.relationship().name(), m.fatherId(), m.motherId(), Boolean.toString(m.living()),
                Boolean.toString(m.consentDna()), Boolean.toString(m.consentShare()),
                m.consentDate().map(Object::toString).orElse(""), m.contact()));
    }

    public static List<String> row(Site s) {
        return nfc(List.of(s.id(), s.kind(), s.name(), s.province(), coordinate(s.location().lat()),
                coordinate(s.location().lon()), s.wkt()));
    }

    public static List<String> row(Remains r) {
        return nfc(List.of(r.id(), r.siteId(), date(r.recoveryDate()), lat(r.recoveryPoint()), lon(r.recoveryPoint()),
                integer(r.precisionM()), r.team(), r.sexEstimate(), integer(r.ageMin()), integer(r.ageMax()),
                integer(r.statureCm()), r.condition(), String.join(";", r.artifacts()), r.status()));
    }

    public static List<String> row(AlleleCall c) {
        return List.of(c.sampleId(), c.subjectType(), c.subjectId(), c.kit(), c.locus(), c.allele1(), c.allele2(),
                c.quality());
    }

    public static List<String> row(LineageHaplotype h) {
        return List.of(h.sampleId(), h.subjectType(), h.subjectId(), h.markerType(), h.value());
    }

    public static List<String> row(Truth t) {
        return List.of(t.remainsId(), t.missingPersonId(), t.familyId(), Integer.toString(t.typedReferences()));
    }

    /** Six decimals, no exponent, trailing zeros kept so that columns line up. */
    static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static String lat(Optional<GeoPoint> p) {
        return p.map(g -> coordinate(g.lat())).orElse("");
    }

    private static String lon(Optional<GeoPoint> p) {
        return p.map(g -> coordinate(g.lon())).orElse("");
    }

    private static String date(Optional<?> d) {
        return d.map(Object::toString).orElse("");
    }

    private static String integer(OptionalInt i) {
        return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
    }

    private static List<String> nfc(List<String> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (String f : fields) {
            out.add(Normalizer.isNormalized(f, Normalizer.Form.NFC) ? f : Normalizer.normalize(f, Normalizer.Form.NFC));
        }
        return out;
    }
}
