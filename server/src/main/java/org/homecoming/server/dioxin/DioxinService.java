package org.homecoming.server.dioxin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.dioxin.Congeners;
import org.homecoming.server.geo.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.homecoming.dioxin.Measurement;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.ResultsCsvReader;
import org.homecoming.dioxin.SampleResults;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.TeqCalculator;
import org.homecoming.dioxin.ThresholdSets;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records dioxin sites and zones, imports samples and laboratory results (each file all or nothing, a refusal
 * naming file, line and field), and gives each sample's TEQ under the TEF scheme and non-detect bound asked for,
 * classified against the threshold sets in force for its zone's land class and its date. Exposure samples (blood,
 * breast milk) need a consent note to be stored and are read only by laboratory analysts of the recording side,
 * each read audited.
 *
 * <pre>{@code
 * service.importSamples("BIEN_HOA", "samples.csv", text);
 * service.importResults("results.csv", text);
 * List<SampleTeq> teqs = service.teq("BIEN_HOA", null, TefSchemeId.WHO2005, NonDetectBound.UPPER);
 * }</pre>
 */
@Service
public class DioxinService {

    static final String ENTITY = "DIOXIN_SAMPLE";
    static final List<String> SAMPLE_COLUMNS = List.of("sample_id", "lat", "lon", "depth_top_m", "depth_bottom_m",
            "matrix", "sampled_on", "zone", "campaign", "laboratory", "method", "consent_note", "collector", "chain_of_custody");

    private final DioxinRepository dioxin;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ThresholdSets thresholds = ThresholdSets.standard();
    private final Congeners congeners = Congeners.standard();
    private static final GeometryFactory POINTS = new GeometryFactory();

    DioxinService(DioxinRepository dioxin, CurrentUsers users, AuditLog audit) {
        this.dioxin = dioxin;
        this.users = users;
        this.audit = audit;
    }

    /** Records a site and its zones (zone name → land class code of the threshold sets), without geometry. */
    @Transactional
    public long createSite(String code, String name, Map<String, String> zones) {
        List<SiteZone> list = new ArrayList<>();
        (zones == null ? Map.<String, String>of() : zones).forEach((z, landClass) -> list.add(new SiteZone(z, landClass, null)));
        return createSite(code, name, null, list);
    }

    /**
     * Records a site with its outline and zones (WKT polygons in WGS 84, lon lat, each optional); a zone's polygon
     * must overlap the outline when both are given.
     */
    @Transactional
    public long createSite(String code, String name, String outlineWkt, List<SiteZone> zones) {
        CurrentUser u = users.get();
        if (code == null || !code.matches("[A-Z0-9_]{2,32}")) {
            throw new IllegalArgumentException("code: 2 to 32 capital letters, digits or '_': " + code);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: required, at most 200 characters");
        }
        Geometry outline = outlineWkt == null ? null : polygon("outline", outlineWkt);
        if (dioxin.siteId(code).isPresent()) {
            throw new ConflictException("site " + code + " exists");
        }
        long id = dioxin.insertSite(code, java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC),
                outlineWkt, u.side(), u.username(), OffsetDateTime.now());
        for (SiteZone z : zones == null ? List.<SiteZone>of() : zones) {
            if (z.name() == null || z.name().isBlank() || z.landClass() == null || z.landClass().isBlank()) {
                throw new IllegalArgumentException("zones: each zone needs a name and a land class");
            }
            if (z.polygonWkt() != null) {
                Geometry g = polygon("zones: " + z.name(), z.polygonWkt());
                if (outline != null && !g.intersects(outline)) {
                    throw new IllegalArgumentException("zones: " + z.name() + " lies outside the site outline");
                }
            }
            dioxin.insertZone(id, z.name().strip(), z.landClass().strip(), z.polygonWkt());
        }
        audit.record(AuditAction.CREATE, "DIOXIN_SITE", id, code + " with " + (zones == null ? 0 : zones.size()) + " zones"
                + (outline == null ? "" : " and an outline"));
        return id;
    }

    /** Every site with its zones, sample count (exposure samples not counted) and campaigns. */
    @Transactional(readOnly = true)
    public List<DioxinSite> sites() {
        return dioxin.sites();
    }

    /** The site, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public DioxinSite site(String code) {
        return dioxin.site(code).orElseThrow(() -> new NotFoundException("dioxin site", code));
    }

    private static Geometry polygon(String field, String wkt) {
        String problem = Geometries.problem(wkt);
        if (problem != null) {
            throw new IllegalArgumentException(field + ": " + problem);
        }
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** Stores every sample of a samples CSV ({@link #SAMPLE_COLUMNS}) of a site, or none; returns how many. */
    @Transactional
    public int importSamples(String siteCode, String fileName, String text) {
        CurrentUser u = users.get();
        long site = dioxin.siteId(siteCode).orElseThrow(() -> new NotFoundException("dioxin site", siteCode));
        List<Map.Entry<String, Geometry>> zonesAt = dioxin.zones(site).stream().filter(z -> z.polygonWkt() != null)
                .map(z -> Map.entry(z.name(), polygon("zone " + z.name(), z.polygonWkt()))).toList();
        int count = 0;
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            for (String column : List.of("sample_id", "lat", "lon", "matrix", "sampled_on")) {
                if (!p.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(fileName + ":1: " + column + ": missing column");
                }
            }
            for (CSVRecord r : p) {
                long line = r.getRecordNumber() + 1;
                String ref = required(r, "sample_id", fileName, line);
                if (dioxin.sampleExists(ref)) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": sample_id: " + ref + " is already stored");
                }
                double lat = number(r, "lat", fileName, line);
                double lon = number(r, "lon", fileName, line);
                if (lat < 8.0 || lat > 23.5 || lon < 102.0 || lon > 110.0) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": lat, lon: " + lat + " " + lon
                            + " is outside Viet Nam");
                }
                Double top = optionalNumber(r, "depth_top_m", fileName, line);
                Double bottom = optionalNumber(r, "depth_bottom_m", fileName, line);
                if (top != null && bottom != null && bottom < top) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": depth_bottom_m: " + bottom
                            + " is above the top, " + top);
                }
                Matrix matrix;
                try {
                    matrix = Matrix.parse(required(r, "matrix", fileName, line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": " + e.getMessage(), e);
                }
                LocalDate on;
                try {
                    on = LocalDate.parse(required(r, "sampled_on", fileName, line));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": sampled_on: not a date (YYYY-MM-DD): "
                            + r.get("sampled_on"));
                }
                String consent = cell(r, "consent_note");
                if (matrix.exposure() && consent == null) {
                    throw new IllegalArgumentException(fileName + ":" + line + ": consent_note: a " + matrix + " sample is"
                            + " personal health data and is stored only with the donor's recorded consent");
                }
                String zone = cell(r, "zone");
                if (zone == null) {
                    // No zone written: the zone whose polygon holds the point, if the site's zones are drawn.
                    zone = zonesAt.stream().filter(z -> z.getValue().contains(POINTS.createPoint(new Coordinate(lon, lat))))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                }
                String zoneName = zone;
                Long zoneId = zone == null ? null : dioxin.zoneId(site, zone).orElseThrow(() ->
                        new IllegalArgumentException(fileName + ":" + line + ": zone: no zone " + zoneName + " at " + siteCode));
                dioxin.insertSample(new DioxinRepository.NewSample(ref, site, zoneId, cell(r, "campaign"), lat, lon, top,
                        bottom, matrix, on, cell(r, "laboratory"), cell(r, "method"), consent, limited(r, "collector", 200, fileName, line),
                        limited(r, "chain_of_custody", 1000, fileName, line)), u.side(), u.username(),
                        OffsetDateTime.now());
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.IMPORT, ENTITY, null, fileName + ": " + count + " samples at " + siteCode);
        return count;
    }

    /**
     * Stores every result of a results CSV (the minimal format of docs/dioxin.md, or the richer one with
     * quantification limits, qualifiers and the laboratory's TEQ), or none; the samples must be stored first, by
     * the reader's side. Returns how many results were stored.
     */
    @Transactional
    public int importResults(String fileName, String text) {
        CurrentUser u = users.get();
        List<SampleResults> read = new ResultsCsvReader().read(fileName, text);
        int count = 0;
        for (SampleResults s : read) {
            long id = dioxin.ownSampleId(s.id(), u.side()).orElseThrow(() -> new IllegalArgumentException(fileName
                    + ": sample_id: no sample " + s.id() + " of your side is stored (import the samples first)"));
            for (Measurement reported : s.measurements()) {
                // Stored under the canonical name (a CAS number or synonym becomes it), so that one congener cannot
                // be stored twice for a sample under two names; a name outside the 29 is kept as reported.
                Measurement m = congeners.find(reported.congener())
                        .map(c -> new Measurement(c.name(), reported.value(), reported.unit(), reported.detected(),
                                reported.limit(), reported.quantificationLimit(), reported.qualifier()))
                        .orElse(reported);
                if (dioxin.hasResult(id, m.congener())) {
                    throw new IllegalArgumentException(fileName + ": sample_id: " + s.id() + " already has a result for "
                            + m.congener());
                }
                dioxin.insertResult(id, m);
                count++;
            }
            if (s.labTeq().isPresent()) {
                dioxin.updateLabTeq(id, s.labTeq().getAsDouble(), s.labTef().map(TefSchemeId::code).orElse(null));
            }
        }
        audit.record(AuditAction.IMPORT, ENTITY, null, fileName + ": " + count + " results of " + read.size() + " samples");
        return count;
    }

    /**
     * What {@link #importResults} would store, without storing anything: each sample of the file with its number of
     * results, its TEQ under the scheme and bound, and whether it is a stored sample of the reader's side (the
     * import refuses the file otherwise). A fault in the file throws as the import would, naming file, line and field.
     */
    @Transactional(readOnly = true)
    public List<ResultsPreview> previewResults(String fileName, String text, TefSchemeId scheme, NonDetectBound bound) {
        CurrentUser u = users.get();
        TeqCalculator calculator = new TeqCalculator(scheme.load());
        return new ResultsCsvReader().read(fileName, text).stream().map(s -> {
            boolean known = dioxin.ownSampleId(s.id(), u.side()).isPresent();
            try {
                var teq = calculator.calculate(s.measurements(), bound);
                return new ResultsPreview(s.id(), known, s.measurements().size(), teq.teq(), teq.unit(), teq.notInScheme(), null);
            } catch (IllegalArgumentException e) {
                return new ResultsPreview(s.id(), known, s.measurements().size(), Double.NaN, "", List.of(), e.getMessage());
            }
        }).toList();
    }

    /** Each sample's TEQ and classification; exposure samples only for a laboratory analyst, audited. */
    @Transactional
    public List<SampleTeq> teq(String siteCode, String campaign, TefSchemeId scheme, NonDetectBound bound) {
        CurrentUser u = users.get();
        dioxin.siteId(siteCode).orElseThrow(() -> new NotFoundException("dioxin site", siteCode));
        boolean exposure = u.has(Role.LAB_ANALYST);
        List<DioxinSample> samples = dioxin.samples(siteCode, campaign, u.side(), exposure);
        Calculators calculators = new Calculators(scheme);
        List<SampleTeq> out = samples.stream().filter(s -> !s.results().isEmpty())
                .map(s -> teqOf(s, calculators, bound)).toList();
        long exposures = out.stream().filter(s -> s.sample().matrix().exposure()).count();
        if (exposures > 0) {
            audit.record(AuditAction.VIEW, ENTITY, null, siteCode + ": " + exposures + " exposure samples' TEQ");
        }
        return out;
    }

    /**
     * The TEQ of each soil and sediment sample of a site (never exposure samples), for estimates over the ground;
     * readable by every signed-in user, like the site itself.
     */
    @Transactional(readOnly = true)
    public List<SampleTeq> groundTeq(String siteCode, String campaign, TefSchemeId scheme, NonDetectBound bound) {
        CurrentUser u = users.get();
        dioxin.siteId(siteCode).orElseThrow(() -> new NotFoundException("dioxin site", siteCode));
        Calculators calculators = new Calculators(scheme);
        return dioxin.samples(siteCode, campaign, u.side(), false).stream()
                .filter(s -> !s.results().isEmpty() && (s.matrix() == Matrix.SOIL || s.matrix() == Matrix.SEDIMENT))
                .map(s -> teqOf(s, calculators, bound)).toList();
    }

    /**
     * One sample's TEQ with each congener's part of it; an exposure sample only for a laboratory analyst of its
     * side, the view audited. Unknown or not visible: {@link NotFoundException}.
     */
    @Transactional
    public SampleProfile sample(String ref, TefSchemeId scheme, NonDetectBound bound) {
        CurrentUser u = users.get();
        DioxinSample s = dioxin.sample(ref, u.side(), u.has(Role.LAB_ANALYST))
                .orElseThrow(() -> new NotFoundException("dioxin sample", ref));
        if (s.matrix().exposure()) {
            audit.record(AuditAction.VIEW, ENTITY, s.id(), ref + ": exposure sample's results");
        }
        if (s.results().isEmpty()) {
            return new SampleProfile(s, null, List.of());
        }
        Calculators calculators = new Calculators(scheme);
        return new SampleProfile(s, teqOf(s, calculators, bound), calculators.requested().contributions(s.results(), bound));
    }

    private SampleTeq teqOf(DioxinSample s, Calculators calculators, NonDetectBound bound) {
        var teq = calculators.requested().calculate(s.results(), bound);
        SampleTeq.LabComparison lab = null;
        if (s.labTeq() != null) {
            // Ours under the laboratory's scheme (the requested one when it did not say), at the requested bound.
            TefSchemeId labScheme = s.labTef() == null ? calculators.scheme() : TefSchemeId.parse(s.labTef());
            double ours = calculators.of(labScheme).calculate(s.results(), bound).teq();
            lab = new SampleTeq.LabComparison(s.labTeq(), s.labTef(), labScheme.code(), ours);
        }
        return new SampleTeq(s, teq, thresholds.classify(teq.teq(), s.landClass() == null ? "ANY" : s.landClass(),
                s.sampledOn(), s.matrix().name()), lab);
    }

    /** One TEQ calculator per scheme, loaded once per request. */
    private static final class Calculators {
        private final TefSchemeId scheme;
        private final java.util.Map<TefSchemeId, TeqCalculator> loaded = new java.util.EnumMap<>(TefSchemeId.class);

        Calculators(TefSchemeId scheme) {
            this.scheme = scheme;
        }

        TefSchemeId scheme() {
            return scheme;
        }

        TeqCalculator requested() {
            return of(scheme);
        }

        TeqCalculator of(TefSchemeId id) {
            return loaded.computeIfAbsent(id, k -> new TeqCalculator(k.load()));
        }
    }

    private static String limited(CSVRecord r, String column, int max, String file, long line) {
        String v = cell(r, column);
        if (v != null && v.length() > max) {
            throw new IllegalArgumentException(file + ":" + line + ": " + column + ": at most " + max + " characters");
        }
        return v == null ? null : java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC);
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column).strip() : null;
    }

    private static String required(CSVRecord r, String column, String file, long line) {
        String v = cell(r, column);
        if (v == null) {
            throw new IllegalArgumentException(file + ":" + line + ": " + column + ": required");
        }
        return v;
    }

    private static double number(CSVRecord r, String column, String file, long line) {
        Double d = optionalNumber(r, column, file, line);
        if (d == null) {
            throw new IllegalArgumentException(file + ":" + line + ": " + column + ": required");
        }
        return d;
    }

    private static Double optionalNumber(CSVRecord r, String column, String file, long line) {
        String v = cell(r, column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + column + ": not a number: " + v);
        }
    }
}
