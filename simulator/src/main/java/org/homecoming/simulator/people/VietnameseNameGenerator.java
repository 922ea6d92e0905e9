package org.homecoming.simulator.people;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Vietnamese names with the surname distribution of the population.
 *
 * <p>{@code VietnameseNameGenerator.draw(rng, true)} gives e.g. {@code Nguyễn Văn Hùng}.
 *
 * <p>Surname shares (per cent) are the commonly cited estimates: Nguyễn 38, Trần 11, Lê 9.5, Phạm 7,
 * Hoàng 2.6 + Huỳnh 2.4, Phan 4.5, Vũ 2 + Võ 1.9, Đặng 2.1, Bùi 2, Đỗ 1.4, Hồ 1.3, Ngô 1.3, Dương 1, Lý 0.5; the
 * remaining 11.5 are spread evenly over twenty other surnames. Men's middle names are mostly Văn, women's Thị.
 */
public final class VietnameseNameGenerator {

    public static final Weighted<String> SURNAMES = Weighted.of(List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
            "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Mai", "Cao", "Hà", "Tạ", "Lương", "Đinh", "Chu",
            "Tô", "Kiều", "Quách", "Lưu", "Thái", "Châu", "Mạc"), new double[] {38, 11, 9.5, 7, 2.6, 2.4, 4.5, 2,
                1.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575,
                0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575, 0.575});
    private static final Weighted<String> MALE_MIDDLE = Weighted.of(List.of("Văn", "Đình", "Hữu", "Xuân", "Đức",
            "Minh", "Quang", "Công", "Ngọc", "Thanh", "Trọng", "Bá"),
            new double[] {50, 6, 6, 5, 6, 5, 5, 5, 3, 3, 3, 3});
    private static final Weighted<String> FEMALE_MIDDLE = Weighted.of(List.of("Thị", "Thị Kim", "Ngọc", "Thanh",
            "Thị Thu"), new double[] {80, 5, 6, 5, 4});
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng",
            "Hưng", "Khánh", "Long", "Lợi", "Mạnh", "Nam", "Nghĩa", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành",
            "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Chiến", "Thuận", "Lâm", "Hòa", "Tâm", "Đông", "Bảo",
            "Kiên", "Cương", "Tùng", "Lực", "Quyết", "Thịnh", "Hiếu");
    private static final List<String> FEMALE_GIVEN = List.of("Hoa", "Lan", "Mai", "Hương", "Hằng", "Hạnh", "Huệ",
            "Liên", "Loan", "Nga", "Nhung", "Oanh", "Phượng", "Thảo", "Thủy", "Tuyết", "Vân", "Xuân", "Yến",
            "Hồng", "Cúc", "Đào", "Lý", "Hiền", "Tâm", "Dung");

    private VietnameseNameGenerator() {
    }

    public static Name draw(SplittableRandom rng, boolean male) {
        return withFamily(SURNAMES.draw(rng), rng, male);
    }

    /** A name in the family {@code family} (children take their father's surname). */
    public static Name withFamily(String family, SplittableRandom rng, boolean male) {
        String middle = (male ? MALE_MIDDLE : FEMALE_MIDDLE).draw(rng);
        List<String> given = male ? MALE_GIVEN : FEMALE_GIVEN;
        return new Name(family, middle, given.get(rng.nextInt(given.size())), true);
    }
}
