package org.homecoming.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.geo.Geometries;
import org.homecoming.server.search.VietnameseNames;

/**
 * Scores a missing person against remains as NamUs-style non-DNA comparison does: sex, age at
 * loss against the estimated age range, distance from the place of loss to the recovery point,
 * the date of loss against the date of recovery, and the artifacts against the name, service
 * number and unit.
 *
 * <pre>{@code
 * Optional<Comparison> c = RemainsComparator.compare(remains, site, person);
 * }</pre>
 *
 * <p>Points: sex +2 match, −3 mismatch (estimates can be wrong, so not an exclusion); age +2 within
 * the range, +0.5 within {@value #AGE_SLACK} years of it, −2 further; distance +3 within the stated
 * precision plus 5 km, +2 within 25 km, +1 within 100 km, −1 beyond 300 km; an artifact bearing the
 * name or service number +4, the unit's designation +1.5. Remains recovered before the person was
 * lost exclude the person (empty result).
 */
public final class RemainsComparator {

    static final int AGE_SLACK = 5;

    private RemainsComparator() {
    }

    public static Optional<Comparison> compare(Remains r, Site site, MissingPerson p) {
        if (r.recoveryDate() != null && p.lossDate() != null && PartialDate.after(p.lossDate(), r.recoveryDate())) {
            return Optional.empty();
        }
        List<Comparison.Reason> reasons = new ArrayList<>();
        sex(r, p, reasons);
        age(r, p, reasons);
        place(r, site, p, reasons);
        artifacts(r, p, reasons);
        double total = reasons.stream().mapToDouble(Comparison.Reason::points).sum();
        return Optional.of(new Comparison(p.id(), p.fullName(), total, reasons));
    }

    private static void sex(Remains r, MissingPerson p, List<Comparison.Reason> out) {
        if ("U".equals(r.sexEstimate())) {
            return;
        }
        if (r.sexEstimate().equals(p.sex())) {
            out.add(reason("sex", 2, "sex.match", "sex %s matches", p.sex()));
        } else {
            out.add(reason("sex", -3, "sex.differs", "sex %s differs from estimate %s", p.sex(), r.sexEstimate()));
        }
    }

    private static void age(Remains r, MissingPerson p, List<Comparison.Reason> out) {
        if (p.birthYear() == null || p.lossYear() == null || r.ageMin() == null || r.ageMax() == null) {
            return;
        }
        int age = p.lossYear() - p.birthYear();
        String range = r.ageMin() + "–" + r.ageMax();
        if (age >= r.ageMin() && age <= r.ageMax()) {
            out.add(reason("age", 2, "age.within", "age at loss %s within %s", String.valueOf(age), range));
        } else if (age >= r.ageMin() - AGE_SLACK && age <= r.ageMax() + AGE_SLACK) {
            out.add(reason("age", 0.5, "age.near", "age at loss %s near %s", String.valueOf(age), range));
        } else {
            out.add(reason("age", -2, "age.far", "age at loss %s far from %s", String.valueOf(age), range));
        }
    }

    private static void place(Remains r, Site site, MissingPerson p, List<Comparison.Reason> out) {
        if (!p.hasLossPoint()) {
            return;
        }
        double lat = r.recoveryLat() != null ? r.recoveryLat() : site.lat();
        double lon = r.recoveryLon() != null ? r.recoveryLon() : site.lon();
        double km = Geometries.distanceKm(p.lossLat(), p.lossLon(), lat, lon);
        double near = (p.lossPrecisionM() == null ? 0 : p.lossPrecisionM() / 1000.0) + 5;
        String d = String.format(Locale.ROOT, "%.1f", km);
        String text = "lost %s km from the recovery point";
        if (km <= near) {
            out.add(reason("place", 3, "place.distance", text, d));
        } else if (km <= 25) {
            out.add(reason("place", 2, "place.distance", text, d));
        } else if (km <= 100) {
            out.add(reason("place", 1, "place.distance", text, d));
        } else if (km > 300) {
            out.add(reason("place", -1, "place.distance", text, d));
        }
    }

    private static void artifacts(Remains r, MissingPerson p, List<Comparison.Reason> out) {
        for (String a : r.artifactList()) {
            String f = VietnameseNames.fold(a);
            if (f.contains(VietnameseNames.fold(p.fullName()))) {
                out.add(reason("artifacts", 4, "artifact.name", "artifact '%s' bears the name", a));
            } else if (p.serviceNumber() != null && f.contains(VietnameseNames.fold(p.serviceNumber()))) {
                out.add(reason("artifacts", 4, "artifact.serviceNumber", "artifact '%s' bears the service number", a));
            } else {
                unitNamed(p.unit(), f).ifPresent(u -> out.add(reason("unit", 1.5, "artifact.unit",
                        "artifact '%s' names the unit %s", a, u)));
            }
        }
    }

    /** A reason whose English text is {@code english} filled with {@code args} (the page's message {@code compare.CODE} takes the same). */
    private static Comparison.Reason reason(String criterion, double points, String code, String english, String... args) {
        return new Comparison.Reason(criterion, points, String.format(Locale.ROOT, english, (Object[]) args), code,
                List.of(args));
    }

    /** The first part of the unit ("Sư đoàn 304" of "Tiểu đoàn 3, Sư đoàn 304") written in the folded artifact text. */
    private static Optional<String> unitNamed(String unit, String foldedArtifact) {
        if (unit == null) {
            return Optional.empty();
        }
        for (String part : unit.split(",")) {
            String key = VietnameseNames.fold(part.strip());
            // "sư đoàn 3" must not match "sư đoàn 304": the designation ends where the digits end.
            if (!key.isEmpty() && java.util.regex.Pattern.compile("(^|\\W)" + java.util.regex.Pattern.quote(key) + "(\\D|$)")
                    .matcher(foldedArtifact).find()) {
                return Optional.of(part.strip());
            }
        }
        return Optional.empty();
    }
}
