package org.homecoming.programme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.kinship.evidence.GeoPoint;

/**
 * Each programme record as the fields of its CSV row, in the column order of {@link ProgrammeFile}.
 *
 * <p>{@code ProgrammeRows.row(remains)} lists the fields of one line of {@code remains.csv}, matching
 * {@code ProgrammeFile.REMAINS.columns()}.
 *
 * <p>Text is written in Unicode NFC whatever form it arrived in; coordinates with six decimals.
 */
public final class ProgrammeRows {

    private ProgrammeRows() {
    }

    public static List<String> row(MissingPersonRow p) {
        return nfc(List.of(p.id(), p.side(), p.fullName(), p.familyName(), p.middleName(), p.givenName(),
                String.join(";", p.aliases()), p.sex(), date(p.birthDate()), p.homeCommune(), p.homeDistrict(),
                p.homeProvince(), p.serviceNumber(), p.unit(), p.rank(), date(p.lossDate()), p.lossPlace(),
                lat(p.lossPoint()), lon(p.lossPoint()), integer(p.lossPrecisionM()), p.circumstances(), p.status(),
                p.source()));
    }

    public static List<String> row(FamilyMemberRow m) {
        return nfc(List.of(m.id(), m.familyId(), m.missingPersonId(), m.fullName(), m.sex(), integer(m.birthYear()),
                m.relationship().name(), m.fatherId(), m.motherId(), Boolean.toString(m.living()),
                Boolean.toString(m.consentDna()), Boolean.toString(m.consentShare()),
                m.consentDate().map(Object::toString).orElse(""), m.contact()));
    }

    public static List<String> row(SiteRow s) {
        return nfc(List.of(s.id(), s.kind(), s.name(), s.province(), coordinate(s.location().lat()),
                coordinate(s.location().lon()), s.wkt()));
    }

    public static List<String> row(RemainsRow r) {
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
