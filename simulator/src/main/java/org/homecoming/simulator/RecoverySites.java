package org.homecoming.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.programme.SiteRow;
import org.homecoming.simulator.people.FlatEarth;
import org.homecoming.simulator.people.Gazetteer.Province;
import org.homecoming.simulator.people.Gazetteer;
import org.homecoming.simulator.programme.ProgrammeSink;

/**
 * Where remains lie, relative to the true place of loss, and the sites of {@code sites.csv}, streamed when new.
 *
 * <p>{@code new RecoverySites(sink).site(casualty, rng)}
 *
 * <p>Vietnamese remains: half were gathered after the war into a martyrs' cemetery of the province of loss (the
 * national DNA programme samples mostly unnamed graves there): the cemetery nearest the true point 70% of the time,
 * else the provincial one; each province has a provincial cemetery and up to three district cemeteries at points
 * of the province, so these remains lie tens of kilometres from where the person fell. The others lie where
 * comrades left them: battle sites (30%) within 3 km of the true point, field graves (20%) within 5 km (near an aid
 * station or along the march), uniformly over the disc; the last field site made in the province takes the remains
 * half the time when the true point lies within that site's radius (comrades buried together). US remains: crash
 * sites within 1 km (the wreckage field), ground battle sites within 500 m.
 */
final class RecoverySites {

    static final double CEMETERY = 0.5;
    static final double BATTLE = 0.3;
    static final double NEAREST_CEMETERY = 0.7;
    static final double BATTLE_RADIUS_M = 3_000;
    static final double GRAVE_RADIUS_M = 5_000;
    static final double CRASH_RADIUS_M = 1_000;
    static final double US_GROUND_RADIUS_M = 500;
    private static final int DISTRICT_CEMETERIES = 3;

    private final ProgrammeSink sink;
    private final Gazetteer gazetteer = Gazetteer.get();
    private final Map<String, List<SiteRow>> cemeteries = new HashMap<>();
    private final Map<String, SiteRow> lastFieldSite = new HashMap<>();
    private long sites;

    RecoverySites(ProgrammeSink sink) {
        this.sink = sink;
    }

    long sites() {
        return sites;
    }

    SiteRow site(Casualty c, SplittableRandom rng) {
        Province p = c.lossProvince();
        GeoPoint truth = c.lossPoint();
        if (c.us()) {
            return c.aircraft()
                    ? newSite("CRASH_SITE", "Crash site " + gazetteer.commune(p, rng).commune(), p,
                            near(truth, CRASH_RADIUS_M, rng), "")
                    : newSite("BATTLE_SITE", "Battle site, " + p.shortName(), p, near(truth, US_GROUND_RADIUS_M, rng),
                            "");
        }
        double u = rng.nextDouble();
        if (u < CEMETERY) {
            return cemetery(p, truth, rng);
        }
        SiteRow last = lastFieldSite.get(p.code());
        if (last != null && LossLocation.distanceM(last.location(), truth) <= radius(last.kind()) && rng.nextBoolean()) {
            return last;
        }
        boolean battle = u < CEMETERY + BATTLE;
        String commune = gazetteer.commune(p, rng).commune();
        SiteRow s = newSite(battle ? "BATTLE_SITE" : "GRAVE", (battle ? "Khu vực trận đánh " : "Mộ đơn lẻ ") + commune,
                p, near(truth, battle ? BATTLE_RADIUS_M : GRAVE_RADIUS_M, rng), "");
        lastFieldSite.put(p.code(), s);
        return s;
    }

    private static double radius(String fieldKind) {
        return fieldKind.equals("BATTLE_SITE") ? BATTLE_RADIUS_M : GRAVE_RADIUS_M;
    }

    private SiteRow cemetery(Province p, GeoPoint truth, SplittableRandom rng) {
        List<SiteRow> list = cemeteries.computeIfAbsent(p.code(), code -> cemeteriesOf(p, rng));
        if (rng.nextDouble() >= NEAREST_CEMETERY) {
            return list.get(0);
        }
        SiteRow nearest = list.get(0);
        for (SiteRow s : list) {
            if (LossLocation.distanceM(s.location(), truth) < LossLocation.distanceM(nearest.location(), truth)) {
                nearest = s;
            }
        }
        return nearest;
    }

    /** The provincial cemetery first, then district cemeteries of distinct districts. */
    private List<SiteRow> cemeteriesOf(Province p, SplittableRandom rng) {
        List<SiteRow> list = new ArrayList<>();
        list.add(cemeterySite("Nghĩa trang liệt sĩ tỉnh " + p.shortName(), p, rng));
        List<Gazetteer.District> districts = new ArrayList<>(p.districts());
        for (int i = 0; i < DISTRICT_CEMETERIES && !districts.isEmpty(); i++) {
            Gazetteer.District d = districts.remove(rng.nextInt(districts.size()));
            String district = d.name().substring(0, 1).toLowerCase(Locale.ROOT) + d.name().substring(1);
            list.add(cemeterySite("Nghĩa trang liệt sĩ " + district, p, rng));
        }
        return list;
    }

    private SiteRow cemeterySite(String name, Province p, SplittableRandom rng) {
        GeoPoint centre = gazetteer.pointIn(p, 0, rng);
        return newSite("CEMETERY", name, p, centre, square(centre, 100));
    }

    /** A point uniform over the disc of {@code radius} metres around {@code centre}. */
    static GeoPoint near(GeoPoint centre, double radius, SplittableRandom rng) {
        double r = radius * Math.sqrt(rng.nextDouble());
        double angle = rng.nextDouble() * 2 * Math.PI;
        return FlatEarth.offset(centre, r * Math.cos(angle), r * Math.sin(angle));
    }

    private SiteRow newSite(String kind, String name, Province p, GeoPoint at, String wkt) {
        sites++;
        SiteRow s = new SiteRow(String.format("S-%06d", sites), kind, name, p.name(), at, wkt);
        sink.site(s);
        return s;
    }

    private static String square(GeoPoint c, double halfSide) {
        GeoPoint sw = FlatEarth.offset(c, -halfSide, -halfSide);
        GeoPoint ne = FlatEarth.offset(c, halfSide, halfSide);
        return String.format(Locale.ROOT, "POLYGON ((%.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f))",
                sw.lon(), sw.lat(), ne.lon(), sw.lat(), ne.lon(), ne.lat(), sw.lon(), ne.lat(), sw.lon(), sw.lat());
    }
}
