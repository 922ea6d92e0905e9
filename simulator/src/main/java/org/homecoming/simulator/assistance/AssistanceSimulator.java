package org.homecoming.simulator.assistance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.simulator.people.Name;
import org.homecoming.simulator.people.VietnameseNameGenerator;

/**
 * Writes a demonstration population of the disability-assistance programme (docs/assistance.md) in the eight
 * provinces it works in: people with their cause (ordnance survivors linked to the land-release pillar's victims
 * when given, presumed dioxin exposure of the first to third generation, other causes), one to three Short Set
 * assessments each, referrals by IMAS 13.10 category with where they stand, and follow-up visits. The same seed
 * writes the same bytes.
 *
 * <p>Prevalences are illustrative, not survey figures: the programme enrols people with disabilities, so about
 * nine in ten have at least one domain answered "a lot of difficulty" or worse; walking dominates among ordnance
 * survivors (limb loss), seeing follows; remembering, communicating and self-care dominate among the children and
 * grandchildren of exposed people.
 *
 * <pre>{@code
 * int n = AssistanceSimulator.write(dir.resolve("assistance"), 3000, 1975, victims);
 * }</pre>
 */
public final class AssistanceSimulator {

    /** The provinces of the programme, by their names before the July 2025 merger. */
    public static final List<String> PROVINCES = List.of("Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Bình Định",
            "Kon Tum", "Bình Phước", "Tây Ninh", "Đồng Nai");
    /** Providers: name, kind, province before the merger. */
    public static final String[][] PROVIDERS = {
        {"Bệnh viện Đa khoa tỉnh Quảng Trị", "HOSPITAL", "Quảng Trị"},
        {"Trung tâm Chỉnh hình và Phục hồi chức năng Đà Nẵng", "ORTHOPAEDIC_WORKSHOP", "Quảng Nam"},
        {"Trung tâm Phục hồi chức năng Huế", "REHABILITATION_CENTRE", "Thừa Thiên Huế"},
        {"Bệnh viện Chỉnh hình và Phục hồi chức năng Quy Nhơn", "ORTHOPAEDIC_WORKSHOP", "Bình Định"},
        {"Trung tâm Bảo trợ xã hội Kon Tum", "SOCIAL_PROTECTION_CENTRE", "Kon Tum"},
        {"Trường Giáo dục chuyên biệt Đồng Nai", "SCHOOL", "Đồng Nai"},
        {"Hội Nạn nhân chất độc da cam/dioxin tỉnh Tây Ninh", "NGO", "Tây Ninh"},
        {"Tổ chức đối tác hỗ trợ sinh kế", "PARTNER_ORGANISATION", "Bình Phước"}};
    private static final String[] CATEGORIES = {"MEDICAL", "REHABILITATION", "PSYCHOSOCIAL", "EDUCATION",
        "ECONOMIC_INCLUSION", "HOME_ADAPTATION"};
    private static final String[] ITEMS = {"PROSTHESIS", "ORTHOSIS", "WHEELCHAIR", "THERAPY"};
    private static final String[] OUTCOMES = {"IMPROVED", "IMPROVED", "UNCHANGED", "NEEDS_REPAIR", "WORSENED", "NOT_REACHED"};
    private static final String[] DIOXIN_PLACES = {"A Lưới", "Biên Hòa", "Phù Cát", "Cam Lộ", "Đắk Tô", "Tân Biên"};
    /** Per cause, the chance that each domain is "a lot" or worse: seeing, hearing, walking, remembering, self-care, communicating. */
    private static final double[][] SEVERE = {
        {0.30, 0.20, 0.75, 0.10, 0.25, 0.05},
        {0.20, 0.20, 0.40, 0.45, 0.40, 0.40},
        {0.25, 0.20, 0.45, 0.20, 0.25, 0.15}};
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);
    /** Nothing happens after this day, so that a load on any later day has no date in the future. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    private AssistanceSimulator() {
    }

    /**
     * Writes {@code providers.csv}, {@code persons.csv}, {@code assessments.csv}, {@code referrals.csv} and
     * {@code follow-ups.csv} into {@code dir}; a share of the people are the given {@code victims}. Returns the number
     * of persons.
     */
    public static int write(Path dir, int persons, long seed, List<OrdnanceVictim> victims) {
        if (persons < 0) {
            throw new IllegalArgumentException("persons must be at least 0: " + persons);
        }
        SplittableRandom r = new SplittableRandom(seed);
        int referral = 0;
        try {
            Files.createDirectories(dir);
            try (CSVPrinter prov = printer(dir.resolve("providers.csv"), "name", "kind", "province")) {
                for (String[] p : PROVIDERS) {
                    prov.printRecord((Object[]) p);
                }
            }
            try (CSVPrinter per = printer(dir.resolve("persons.csv"), "person", "full_name", "sex", "birth_year",
                    "province_before", "cause", "victim_ref", "exposure_place", "exposure_from", "exposure_to", "generation",
                    "registered_on", "consent_share", "consent_statistics", "statistics_withdrawn_on");
                 CSVPrinter ass = printer(dir.resolve("assessments.csv"), "person", "date", "seeing", "hearing", "walking",
                    "remembering", "self_care", "communicating");
                 CSVPrinter ref = printer(dir.resolve("referrals.csv"), "referral", "person", "category", "item",
                    "provider", "referred_on", "received_on", "completed_on", "closed_as", "closed_on", "cost_vnd");
                 CSVPrinter fol = printer(dir.resolve("follow-ups.csv"), "referral", "visited_on", "outcome")) {
                for (int i = 0; i < persons; i++) {
                    String key = String.format("P-%06d", i + 1);
                    int cause;
                    OrdnanceVictim victim = null;
                    if (i < victims.size() && r.nextDouble() < 0.8) {
                        victim = victims.get(i);
                        cause = 0;
                    } else {
                        double u = r.nextDouble();
                        cause = u < 0.25 ? 0 : u < 0.7 ? 1 : 2;
                    }
                    boolean male = victim != null ? "M".equals(victim.sex()) : r.nextDouble() < (cause == 0 ? 0.8 : 0.5);
                    int birthYear = victim != null && victim.age() != null ? victim.year() - victim.age()
                            : cause == 1 ? 1975 + r.nextInt(45) : 1945 + r.nextInt(70);
                    Name name = VietnameseNameGenerator.draw(r, male);
                    String province = PROVINCES.get(r.nextInt(PROVINCES.size()));
                    int generation = 1 + r.nextInt(3);
                    LocalDate registered = FIRST_DAY.plusDays(r.nextInt(1400));
                    boolean statistics = r.nextDouble() < 0.95;
                    String withdrawn = statistics && r.nextDouble() < 0.02 ? registered.plusDays(100 + r.nextInt(300)).toString() : "";
                    per.printRecord(key, name.family() + " " + name.middle() + " " + name.given(), male ? "M" : "F", birthYear,
                            province, cause == 0 ? "ORDNANCE_ACCIDENT" : cause == 1 ? "DIOXIN_EXPOSURE" : "OTHER",
                            victim == null ? (cause == 0 ? String.format("EXT-%d-%05d", Math.floorMod(seed, 100_000), i + 1) : "")
                                    : victim.ref(),
                            cause == 1 ? DIOXIN_PLACES[r.nextInt(DIOXIN_PLACES.length)] : "",
                            cause == 1 && generation == 1 ? 1966 + r.nextInt(4) : "",
                            cause == 1 && generation == 1 ? 1970 + r.nextInt(3) : "", cause == 1 ? generation : "",
                            registered, r.nextDouble() < 0.3, statistics, withdrawn);
                    int[] level = levels(r, SEVERE[cause]);
                    LocalDate day = registered;
                    int assessments = 1 + r.nextInt(3);
                    for (int a = 0; a < assessments && !day.isAfter(LAST_DAY); a++) {
                        ass.printRecord(key, day, level[0], level[1], level[2], level[3], level[4], level[5]);
                        for (int d = 0; d < level.length; d++) {
                            if (level[d] > 1 && r.nextDouble() < 0.25) {
                                level[d]--;
                            }
                        }
                        day = day.plusDays(180 + r.nextInt(360));
                    }
                    int services = 1 + r.nextInt(3);
                    for (int s = 0; s < services; s++) {
                        referral++;
                        String category = cause == 0 && s == 0 ? "REHABILITATION" : CATEGORIES[r.nextInt(CATEGORIES.length)];
                        String item = !"REHABILITATION".equals(category) ? "" : level[2] >= 3 && cause == 0
                                ? ITEMS[r.nextInt(2)] : ITEMS[2 + r.nextInt(2)];
                        LocalDate referred = registered.plusDays(7 + r.nextInt(500));
                        if (referred.isAfter(LAST_DAY)) {
                            referred = LAST_DAY;
                        }
                        double u = r.nextDouble();
                        LocalDate received = u < 0.85 ? referred.plusDays(10 + r.nextInt(80)) : null;
                        LocalDate completed = received != null && u < 0.7 ? received.plusDays(20 + r.nextInt(200)) : null;
                        String closedAs = u >= 0.85 ? (u < 0.93 ? "REFUSED" : "LOST_TO_FOLLOW_UP")
                                : u >= 0.8 ? "LOST_TO_FOLLOW_UP" : "";
                        LocalDate closed = closedAs.isEmpty() ? null : (received == null ? referred : received).plusDays(30 + r.nextInt(90));
                        if (completed != null && !closedAs.isEmpty()) {
                            completed = null;
                        }
                        received = upToLastDay(received);
                        completed = received == null ? null : upToLastDay(completed);
                        closed = upToLastDay(closed);
                        if (closed == null) {
                            closedAs = "";
                        }
                        ref.printRecord(referral, key, category, item, PROVIDERS[r.nextInt(PROVIDERS.length)][0], referred,
                                text(received), text(completed), closedAs, text(closed),
                                cost(category, item, r));
                        LocalDate visit = completed == null ? null : upToLastDay(completed.plusDays(30 + r.nextInt(150)));
                        if (visit != null && r.nextDouble() < 0.7) {
                            fol.printRecord(referral, visit, OUTCOMES[r.nextInt(OUTCOMES.length)]);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demonstration assistance population into " + dir, e);
        }
        return persons;
    }

    /**
     * The injured victims in a land-release folder the simulator wrote, with stable references {@code LR-<accident>-<n>}
     * (the server gives its own {@code VIC-...} references when it loads the folder).
     */
    public static List<OrdnanceVictim> victimsOf(Path landRelease) {
        Map<String, Integer> years = new HashMap<>();
        List<OrdnanceVictim> out = new ArrayList<>();
        try (Reader a = Files.newBufferedReader(landRelease.resolve("accidents.csv"), StandardCharsets.UTF_8);
             Reader v = Files.newBufferedReader(landRelease.resolve("victims.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(a)) {
                years.put(r.get("accident"), LocalDate.parse(r.get("occurred_on")).getYear());
            }
            Map<String, Integer> n = new HashMap<>();
            for (CSVRecord r : format.parse(v)) {
                int k = n.merge(r.get("accident"), 1, Integer::sum);
                if ("INJURED".equals(r.get("outcome"))) {
                    out.add(new OrdnanceVictim("LR-" + r.get("accident") + "-" + k, r.get("sex"),
                            r.get("age").isEmpty() ? null : Integer.valueOf(r.get("age")), years.get(r.get("accident"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the land-release accidents in " + landRelease, e);
        }
        return out;
    }

    /** Answers 1-4 per domain: "a lot" or "cannot" with the domain's chance, else no or some difficulty; at least one severe in nine of ten. */
    private static int[] levels(SplittableRandom r, double[] severe) {
        int[] level = new int[severe.length];
        boolean any = false;
        for (int d = 0; d < severe.length; d++) {
            if (r.nextDouble() < severe[d]) {
                level[d] = r.nextDouble() < 0.7 ? 3 : 4;
                any = true;
            } else {
                level[d] = r.nextDouble() < 0.6 ? 1 : 2;
            }
        }
        if (!any && r.nextDouble() < 0.8) {
            level[2] = 3;
        }
        return level;
    }

    /** Indicative costs in đồng (a prosthesis about 12 million, a wheelchair 4 million, a home adaptation 20 million). */
    private static Object cost(String category, String item, SplittableRandom r) {
        long base = switch (category) {
            case "REHABILITATION" -> switch (item) {
                case "PROSTHESIS" -> 12_000_000;
                case "ORTHOSIS" -> 5_000_000;
                case "WHEELCHAIR" -> 4_000_000;
                default -> 2_000_000;
            };
            case "HOME_ADAPTATION" -> 20_000_000;
            case "ECONOMIC_INCLUSION" -> 8_000_000;
            case "EDUCATION" -> 3_000_000;
            default -> 1_500_000;
        };
        return base + 100_000L * r.nextInt(20);
    }

    private static LocalDate upToLastDay(LocalDate d) {
        return d == null || d.isAfter(LAST_DAY) ? null : d;
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }
}
