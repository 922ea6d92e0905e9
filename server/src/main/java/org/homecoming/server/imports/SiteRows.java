package org.homecoming.server.imports;

import java.util.Set;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.geo.Geometries;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.Site;

/** Checks rows of {@code sites.csv} and {@code remains.csv}. */
final class SiteRows {

    static final Set<String> REMAINS_STATUSES = Set.of("RECOVERED", "SAMPLED", "PROFILED", "UNDER_IDENTIFICATION",
            "IDENTIFIED", "REBURIED", "REPATRIATED");
    /** Remains statuses that stand on evidence: no file sets them. */
    static final Set<String> EVIDENCED = Set.of("IDENTIFIED", "REBURIED", "REPATRIATED");

    private SiteRows() {
    }

    static void readSite(Row r, ProgrammeData data, ImportReader.Refs refs) {
        String id = r.identifier("id", true);
        if (id != null && (refs.known.sites().contains(id) || !refs.sites.add(id))) {
            r.problem("id", "duplicate id '" + id + "'");
            id = null;
        }
        String kind = r.oneOf("kind", Set.of("GRAVE", "CEMETERY", "CRASH_SITE", "BATTLE_SITE"), true);
        String name = r.text("name", true);
        String province = r.text("province", false);
        Double lat = r.decimal("lat", true, -90, 90);
        Double lon = r.decimal("lon", true, -180, 180);
        String wkt = r.text("wkt", false);
        if (wkt != null) {
            String problem = Geometries.problem(wkt);
            if (problem != null) {
                r.problem("wkt", problem);
                wkt = null;
            }
        }
        if (id != null && kind != null && name != null && lat != null && lon != null) {
            data.sites.add(new Site(0, id, kind, name, province, lat, lon, wkt, 0));
        }
    }

    static void readRemains(Row r, ProgrammeData data, ImportReader.Refs refs) {
        String id = r.identifier("id", true);
        if (id != null && (refs.known.remains().contains(id) || !refs.remains.add(id))) {
            r.problem("id", "duplicate id '" + id + "'");
            id = null;
        }
        String site = r.identifier("site_id", true);
        if (site != null && !refs.sites.contains(site) && !refs.known.sites().contains(site)) {
            r.problem("site_id", "unknown site '" + site + "'");
            site = null;
        }
        String date = r.partialDate("recovery_date");
        Double lat = r.decimal("recovery_lat", false, -90, 90);
        Double lon = r.decimal("recovery_lon", false, -180, 180);
        Integer precision = r.integer("precision_m", false, 0, Integer.MAX_VALUE);
        if (r.pairedCoordinates(lat, lon, "recovery_lat", "recovery_lon") && precision == null) {
            r.problem("precision_m", "required when coordinates are given");
        }
        String team = r.text("team", false);
        String sex = r.oneOf("sex_estimate", Set.of("M", "F", "U"), true);
        Integer ageMin = r.integer("age_min", false, 0, 120);
        Integer ageMax = r.integer("age_max", false, 0, 120);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            r.problem("age_max", "must be at least age_min " + ageMin + ": " + ageMax);
        }
        Integer stature = r.integer("stature_cm", false, 50, 250);
        String condition = r.oneOf("condition", Set.of("GOOD", "FAIR", "POOR", "FRAGMENTARY"), true);
        String artifacts = r.text("artifacts", false);
        String status = r.oneOf("status", REMAINS_STATUSES, true);
        if (status != null && EVIDENCED.contains(status)) {
            r.problem("status", status + " is set only by a DNA identification confirmed by two analysts (and the"
                    + " reburial or repatriation record of its person) recorded in the registry; import the remains as"
                    + " RECOVERED, SAMPLED, PROFILED or UNDER_IDENTIFICATION");
            status = null;
        }
        if (id != null && site != null && sex != null && condition != null && status != null) {
            data.remains.add(new ProgrammeData.RemainsRow(new Remains(0, id, 0, date,
                    date == null ? null : PartialDate.year(date), lat, lon, precision, team, sex, ageMin, ageMax,
                    stature, condition, artifacts, status, null, 0), site));
        }
    }
}
