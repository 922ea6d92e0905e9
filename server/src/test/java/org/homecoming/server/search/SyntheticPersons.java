package org.homecoming.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a reproducible registry of made-up missing persons for load tests: Vietnamese names with
 * the published family-name shares, US names in "FAMILY, GIVEN M" form, years, provinces and units.
 *
 * <pre>{@code
 * SyntheticPersons gen = new SyntheticPersons(42);
 * PersonDocument p = gen.person(17); // the same person for the same seed and id
 * }</pre>
 *
 * <p>About 1 % of Vietnamese records are written as foreign archives write them (no diacritics,
 * upper case, "GIVEN, FAMILY MIDDLE"), 0.5 % carry one swapped letter, 3 % of persons are US.
 */
final class SyntheticPersons {

    static final List<String> PROVINCES = List.of("Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang",
            "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hoà Bình", "Thái Nguyên", "Lạng Sơn",
            "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
            "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
            "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên",
            "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
            "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An",
            "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ",
            "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau");
    static final List<String> BATTLEFIELDS = List.of("Quảng Trị", "Thừa Thiên Huế", "Kon Tum", "Gia Lai",
            "Tây Ninh", "Bình Phước", "Quảng Nam", "Quảng Ngãi", "Long An", "Khe Sanh", "Đường 9 Nam Lào");
    static final List<String> OTHER_SURNAMES = List.of("Cao", "Đào", "Đinh", "Đoàn", "Lâm", "Lương", "Mai",
            "Trịnh", "Trương", "Tạ", "Hà", "Lưu", "Phùng", "Tô", "Vương", "Quách", "Thái", "Kiều", "Lại", "Châu");
    static final List<String> MIDDLES = List.of("Văn", "Văn", "Văn", "Văn", "Văn", "Văn", "Văn", "Văn", "Đình",
            "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Ngọc", "Bá", "Thanh");
    static final List<String> GIVENS = List.of("Thành", "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Sơn",
            "Long", "Quang", "Bình", "Cường", "Đức", "Hiếu", "Hòa", "Thắng", "Lợi", "Tùng", "Trung", "Hưng",
            "Phong", "Toàn", "Khánh", "Lâm", "Kiên", "Chiến", "Thanh", "Vinh", "Tâm", "Phúc", "Hoan", "Lộc",
            "Nghĩa", "Quý", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Tư", "Năm", "Ba", "Hai", "Tiến", "Thịnh",
            "Phát", "Đạt", "Hậu", "Huy", "Khoa", "Lực", "Mạnh", "Ngọc", "Phương", "Quyết", "Sang", "Tài",
            "Thạch", "Thuận", "Toản", "Trí", "Trọng", "Tú", "Việt", "Xuân", "Yên", "Ánh", "Cảnh", "Châu",
            "Diệu", "Giang", "Hạnh", "Hiển", "Học", "Kha", "Luân", "Ngữ", "Nhân", "Oanh", "Sỹ");
    static final List<String> FEMALE_GIVENS = List.of("Lan", "Hoa", "Mai", "Hương", "Hạnh", "Thu", "Hà", "Liên",
            "Nga", "Tuyết", "Xuân", "Hồng", "Loan", "Yến", "Khai", "Sáu", "Bích", "Vân");
    static final List<String> US_FAMILIES = List.of("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER",
            "DAVIS", "GARCIA", "RODRIGUEZ", "WILSON", "MARTINEZ", "ANDERSON", "TAYLOR", "THOMAS", "MOORE",
            "JACKSON", "MARTIN", "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON", "WALKER");
    static final List<String> US_GIVENS = List.of("JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID",
            "RICHARD", "CHARLES", "JOSEPH", "THOMAS", "DONALD", "RONALD", "GARY", "LARRY", "DENNIS", "PAUL");
    static final List<String> STATUSES = List.of("MISSING", "MISSING", "MISSING", "LOCATED", "IDENTIFIED");

    private final long seed;
    private final String[] surnames;
    private final double[] cumulative;

    SyntheticPersons(long seed) {
        this.seed = seed;
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(VietnameseNames.SURNAME_SHARES).entrySet()) {
            names.add(e.getKey());
            shares.add(e.getValue());
        }
        double rest = 100 - shares.stream().mapToDouble(Double::doubleValue).sum();
        for (String s : OTHER_SURNAMES) {
            names.add(s);
            shares.add(rest / OTHER_SURNAMES.size());
        }
        surnames = names.toArray(String[]::new);
        cumulative = new double[shares.size()];
        double sum = 0;
        for (int i = 0; i < shares.size(); i++) {
            sum += shares.get(i) / 100;
            cumulative[i] = sum;
        }
    }

    /** The person with this id (ids from 1). */
    PersonDocument person(long id) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        int birth = 1920 + r.nextInt(38);
        int loss = Math.min(1979, Math.max(1945, birth + 17 + r.nextInt(14)));
        String status = pick(r, STATUSES);
        if (r.nextInt(100) < 3) {
            String name = pick(r, US_FAMILIES) + ", " + pick(r, US_GIVENS) + " " + (char) ('A' + r.nextInt(26));
            return PersonDocument.of(id, "US", name).withBirthYear(birth).withLossYear(Math.max(1961, loss))
                    .withStatus(status).withLossPlace(pick(r, BATTLEFIELDS))
                    .withUnit((1 + r.nextInt(5)) + "th Infantry Division");
        }
        String province = pick(r, PROVINCES);
        return PersonDocument.of(id, "VN", vietnameseName(r)).withBirthYear(birth).withLossYear(loss)
                .withStatus(status).withProvince(province).withHomePlace("Xã " + pick(r, GIVENS) + ", " + province)
                .withLossPlace(pick(r, BATTLEFIELDS)).withUnit("Trung đoàn " + (1 + r.nextInt(300)));
    }

    private String vietnameseName(SplittableRandom r) {
        String family = surname(r.nextDouble());
        boolean woman = r.nextInt(100) < 3;
        String middle = woman ? "Thị" : pick(r, MIDDLES);
        String given = woman ? pick(r, FEMALE_GIVENS) : pick(r, GIVENS);
        int form = r.nextInt(1000);
        if (form < 10) {
            String f = VietnameseNames.fold(family).toUpperCase();
            return VietnameseNames.fold(given).toUpperCase() + ", " + f + " " + VietnameseNames.fold(middle).toUpperCase();
        }
        if (form < 15) {
            return family + " " + middle + " " + swapTwoLetters(VietnameseNames.fold(given), r);
        }
        return family + " " + middle + " " + given;
    }

    String surname(double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return surnames[i];
            }
        }
        return surnames[surnames.length - 1];
    }

    static String swapTwoLetters(String word, SplittableRandom r) {
        if (word.length() < 2) {
            return word;
        }
        int i = r.nextInt(word.length() - 1);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
