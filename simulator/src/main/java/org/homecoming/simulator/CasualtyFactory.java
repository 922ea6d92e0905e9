package org.homecoming.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.programme.PartialDate;
import org.homecoming.simulator.people.AmericanNames;
import org.homecoming.simulator.people.Gazetteer.Province;
import org.homecoming.simulator.people.Gazetteer;
import org.homecoming.simulator.people.Name;
import org.homecoming.simulator.people.VietnameseNameGenerator;
import org.homecoming.simulator.people.Weighted;

/**
 * Makes missing persons: who they were, where they came from, where and how they were lost.
 * The weights below are rough synthetic choices that put losses where the fighting and the bombing were.
 * The record gives the loss point only as well as its kind allows ({@link LossLocation}); the casualty keeps
 * the true point, near which the remains lie.
 */
final class CasualtyFactory {

    /** SimulatedRelative weight of provinces (GSO code) as places of loss of Vietnamese soldiers; others weigh 1. */
    private static final Map<String, Double> VN_LOSS = Map.ofEntries(Map.entry("45", 30.0), Map.entry("46", 15.0),
            Map.entry("49", 14.0), Map.entry("51", 10.0), Map.entry("52", 8.0), Map.entry("62", 10.0),
            Map.entry("64", 10.0), Map.entry("66", 5.0), Map.entry("70", 8.0), Map.entry("72", 12.0),
            Map.entry("74", 8.0), Map.entry("79", 8.0), Map.entry("80", 8.0), Map.entry("82", 5.0),
            Map.entry("83", 5.0), Map.entry("44", 6.0), Map.entry("48", 5.0), Map.entry("75", 6.0),
            Map.entry("87", 4.0), Map.entry("96", 4.0), Map.entry("91", 3.0), Map.entry("89", 3.0));
    /** US losses: aircraft mostly over the North's panhandle and Hanoi, ground losses in the South. */
    private static final Map<String, Double> US_AIR_LOSS = Map.ofEntries(Map.entry("44", 20.0),
            Map.entry("42", 12.0), Map.entry("40", 12.0), Map.entry("38", 8.0), Map.entry("01", 8.0),
            Map.entry("31", 4.0), Map.entry("45", 8.0), Map.entry("46", 5.0), Map.entry("20", 3.0),
            Map.entry("24", 3.0), Map.entry("62", 4.0), Map.entry("49", 4.0));
    private static final List<String> US_GROUND_LOSS = List.of("45", "46", "49", "51", "52", "62", "64", "70", "72",
            "74", "80");
    private static final List<String> DIVISIONS = List.of("304", "308", "312", "316", "320", "324", "325", "330",
            "341", "3", "5", "7", "9", "2", "968");
    private static final Weighted<String> RANKS = Weighted.of(List.of("Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ",
            "Thượng sĩ", "Chuẩn úy", "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy"),
            new double[] {15, 25, 20, 15, 8, 5, 5, 4, 2, 1});
    /** Records that name the place of death or burial; the others say less. */
    private static final List<String> VN_DOCUMENTED = List.of("Hy sinh tại trạm phẫu, mai táng gần trạm",
            "Hy sinh trong trận đánh, đồng đội mai táng tại chỗ", "Hy sinh tại chốt, mai táng cạnh công sự");
    private static final List<String> VN_CIRCUMSTANCES = List.of("Hy sinh trong chiến đấu",
            "Hy sinh khi hành quân", "Mất tích sau trận đánh", "Hy sinh do bom B-52", "Mất tích khi vượt sông",
            "Hy sinh do pháo kích");
    /** Place of death or burial written down 45%, the battle area 30%, only the front 25%. */
    private static final Weighted<LossLocation.Kind> VN_RECORDS = Weighted.of(List.of(LossLocation.Kind.PLACE,
            LossLocation.Kind.AREA, LossLocation.Kind.FRONT), new double[] {0.45, 0.30, 0.25});
    private static final List<String[]> US_AIRCRAFT = List.of(
            new String[] {"F-4C", "433rd TFS, 8th TFW", "Capt"}, new String[] {"F-105D", "469th TFS, 388th TFW", "Maj"},
            new String[] {"A-4E", "VA-55, USS Hancock", "Lt Cdr"}, new String[] {"A-6A", "VA-75, USS Kitty Hawk", "Lt"},
            new String[] {"F-8E", "VF-211, USS Bon Homme Richard", "Lt"},
            new String[] {"UH-1H", "176th Aviation Company", "WO1"},
            new String[] {"O-1E", "20th Tactical Air Support Squadron", "1st Lt"});
    private static final List<String[]> US_GROUND = List.of(new String[] {"1st Cavalry Division", "SP4"},
            new String[] {"1st Marine Division", "Cpl"}, new String[] {"5th Special Forces Group", "SSgt"},
            new String[] {"101st Airborne Division", "PFC"}, new String[] {"25th Infantry Division", "Sgt"});
    private static final List<String[]> US_TOWNS = List.of(new String[] {"Dayton", "Montgomery County", "Ohio"},
            new String[] {"Macon", "Bibb County", "Georgia"}, new String[] {"Bakersfield", "Kern County", "California"},
            new String[] {"Scranton", "Lackawanna County", "Pennsylvania"}, new String[] {"Tulsa", "Tulsa County",
                "Oklahoma"}, new String[] {"Lubbock", "Lubbock County", "Texas"}, new String[] {"Peoria",
                "Peoria County", "Illinois"}, new String[] {"Spokane", "Spokane County", "Washington"},
            new String[] {"Mobile", "Mobile County", "Alabama"}, new String[] {"Duluth", "St. Louis County",
                "Minnesota"});

    private final Gazetteer gazetteer = Gazetteer.get();
    private final Weighted<Province> homes;
    private final Weighted<Province> vnLoss;
    private final Weighted<Province> usAirLoss;
    private final String source;

    CasualtyFactory(long seed) {
        this.source = "simulated seed=" + seed;
        List<Province> all = gazetteer.provinces();
        double[] home = new double[all.size()];
        double[] loss = new double[all.size()];
        double[] air = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            String code = all.get(i).code();
            // most of the army came from the North and North Central provinces (codes up to Thừa Thiên Huế, 46)
            home[i] = Integer.parseInt(code) <= 46 ? 3 : 1;
            loss[i] = VN_LOSS.getOrDefault(code, 1.0);
            air[i] = US_AIR_LOSS.getOrDefault(code, 0.0);
        }
        homes = Weighted.of(all, home);
        vnLoss = Weighted.of(all, loss);
        usAirLoss = Weighted.of(all, air);
    }

    Casualty create(String id, boolean us, SplittableRandom rng) {
        return us ? american(id, rng) : vietnamese(id, rng);
    }

    private Casualty vietnamese(String id, SplittableRandom rng) {
        boolean male = rng.nextDouble() < 0.98;
        Name name = VietnameseNameGenerator.draw(rng, male);
        int birth = 1935 + rng.nextInt(23);
        Gazetteer.Place home = gazetteer.commune(homes.draw(rng), rng);
        int lossYear = Math.max(1965, birth + 17) + rng.nextInt(1976 - Math.max(1965, birth + 17));
        Province lossProvince = vnLoss.draw(rng);
        GeoPoint point = gazetteer.pointIn(lossProvince, 1500, rng);
        LossLocation.Kind kind = VN_RECORDS.draw(rng);
        LossLocation recorded = LossLocation.around(point, lossProvince, kind, rng);
        String place = "Mặt trận " + lossProvince.shortName();
        String circumstances = kind == LossLocation.Kind.PLACE ? VN_DOCUMENTED.get(rng.nextInt(VN_DOCUMENTED.size()))
                : VN_CIRCUMSTANCES.get(rng.nextInt(VN_CIRCUMSTANCES.size()));
        if (kind == LossLocation.Kind.PLACE) {
            place = "Cao điểm " + (100 + rng.nextInt(800)) + ", " + place;
        }
        String unit = male ? unit(rng) : "Đại đội thanh niên xung phong " + (50 + rng.nextInt(900));
        String rank = male ? RANKS.draw(rng) : "Chiến sĩ";
        List<String> aliases = new ArrayList<>();
        if (rng.nextDouble() < 0.7) {
            aliases.add(Name.stripDiacritics(name.full()));
        }
        if (rng.nextDouble() < 0.35) {
            aliases.add(name.foreignOrder());
        }
        MissingPersonRow record = new MissingPersonRow(id, "VN", name.full(), name.family(), name.middle(), name.given(),
                aliases, male ? "M" : "F", Optional.of(partial(birth, rng, 0.5, 0.25)), home.commune(),
                home.district(), home.province().name(), "", unit, rank, Optional.of(lossDate(lossYear, rng)),
                place, Optional.of(recorded.recorded()), OptionalInt.of(recorded.precisionM()), circumstances,
                "MISSING", source);
        return new Casualty(record, name, male, birth, lossYear, false, false, lossProvince, point);
    }

    private Casualty american(String id, SplittableRandom rng) {
        Name name = AmericanNames.draw(rng, true);
        int birth = 1935 + rng.nextInt(18);
        boolean aircraft = rng.nextDouble() < 0.75;
        int lossYear = Math.max(1965, birth + 18) + rng.nextInt(1974 - Math.max(1965, birth + 18));
        Province lossProvince = aircraft ? usAirLoss.draw(rng)
                : gazetteer.province(US_GROUND_LOSS.get(rng.nextInt(US_GROUND_LOSS.size())));
        GeoPoint point = gazetteer.pointIn(lossProvince, 1500, rng);
        String[] home = US_TOWNS.get(rng.nextInt(US_TOWNS.size()));
        String unit;
        String rank;
        String circumstances;
        String serviceNumber;
        if (aircraft) {
            String[] a = US_AIRCRAFT.get(rng.nextInt(US_AIRCRAFT.size()));
            unit = a[1];
            rank = a[2];
            circumstances = a[0] + " lost on a mission; " + (rng.nextBoolean() ? "shot down by AAA, no parachute seen"
                    : "radio contact lost, no beeper heard");
            serviceNumber = "O" + (100000 + rng.nextInt(900000));
        } else {
            String[] g = US_GROUND.get(rng.nextInt(US_GROUND.size()));
            unit = g[0];
            rank = g[1];
            circumstances = "Missing after an ambush; body not recovered";
            serviceNumber = "RA" + (10000000 + rng.nextInt(90000000));
        }
        String region = Integer.parseInt(lossProvince.code()) <= 44 ? "North Vietnam" : "South Vietnam";
        LossLocation recorded = LossLocation.around(point, lossProvince, aircraft ? LossLocation.Kind.AIRCRAFT
                : LossLocation.Kind.GROUND, rng);
        MissingPersonRow record = new MissingPersonRow(id, "US", name.full(), name.family(), name.middle(), name.given(),
                List.of(name.foreignOrder()), "M", Optional.of(partial(birth, rng, 0, 0)), home[0], home[1], home[2],
                serviceNumber, unit, rank, Optional.of(lossDate(lossYear, rng)),
                Name.stripDiacritics(lossProvince.shortName()) + " Province, " + region,
                Optional.of(recorded.recorded()), OptionalInt.of(recorded.precisionM()), circumstances, "MISSING",
                source);
        return new Casualty(record, name, true, birth, lossYear, true, aircraft, lossProvince, point);
    }

    private static String unit(SplittableRandom rng) {
        String division = "Sư đoàn " + DIVISIONS.get(rng.nextInt(DIVISIONS.size()));
        String regiment = "Trung đoàn " + (1 + rng.nextInt(300));
        double u = rng.nextDouble();
        if (u < 0.6) {
            return "Tiểu đoàn " + (1 + rng.nextInt(9)) + ", " + regiment + ", " + division;
        }
        return u < 0.85 ? regiment + ", " + division : "";
    }

    /** The war ended on 30 April 1975. */
    private static PartialDate lossDate(int year, SplittableRandom rng) {
        int month = 1 + rng.nextInt(year == 1975 ? 4 : 12);
        double u = rng.nextDouble();
        if (u < 0.15) {
            return PartialDate.of(year);
        }
        if (u < 0.45) {
            return PartialDate.of(year, month);
        }
        return PartialDate.of(year, month, 1 + rng.nextInt(28));
    }

    private static PartialDate partial(int year, SplittableRandom rng, double yearOnly, double yearMonth) {
        double u = rng.nextDouble();
        int month = 1 + rng.nextInt(12);
        if (u < yearOnly) {
            return PartialDate.of(year);
        }
        if (u < yearOnly + yearMonth) {
            return PartialDate.of(year, month);
        }
        return PartialDate.of(year, month, 1 + rng.nextInt(28));
    }
}
