package org.homecoming.server.search;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * Folds and splits personal names as they appear in Vietnamese and US records.
 *
 * <pre>{@code
 * VietnameseNames.fold("Đặng Văn Ngữ");              // "dang van ngu"
 * VietnameseNames.parse("THANH, NGUYEN VAN").family(); // "NGUYEN"
 * }</pre>
 *
 * <p>Folding is the index's own (ICU UTR #30: case, diacritics, đ → d, width), so a folded name
 * equals the concatenation of the index's name tokens. Parsing decides between Vietnamese order
 * (family first) and Western order (family last) by recognising Vietnamese family names; a record
 * written "LAST, FIRST MIDDLE" about a Vietnamese person whose given name was taken for a surname
 * ("THANH, NGUYEN VAN") is put back in Vietnamese order.
 */
public final class VietnameseNames {

    private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Vietnamese family names, folded, with their rank by frequency (1 = most common); ranks after
     * the first sixteen (published shares, see {@link #SURNAME_SHARES}) are alphabetical.
     */
    private static final Map<String, Integer> SURNAME_RANK = rank(List.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
            "ho", "ngo", "duong", "ly", "au", "bach", "cao", "chau", "chu", "dam", "dao", "diep", "dinh",
            "doan", "giang", "ha", "han", "hua", "khong", "khuc", "kieu", "kim", "la", "lac", "lai", "lam",
            "lieu", "lu", "luong", "luu", "ma", "mac", "mai", "nghiem", "ninh", "nong", "ong", "phi",
            "phung", "quach", "quan", "ta", "tang", "thach", "thai", "thieu", "tieu", "tiet", "to", "ton",
            "tong", "trieu", "trinh", "truong", "uong", "vi", "vuong"));

    /**
     * Share of the population (percent) of the most common Vietnamese family names, in frequency
     * order; Hoàng/Huỳnh and Vũ/Võ, published as pairs, are split by their usual north/south weight.
     */
    public static final Map<String, Double> SURNAME_SHARES = Map.ofEntries(
            Map.entry("Nguyễn", 38.4), Map.entry("Trần", 12.1), Map.entry("Lê", 9.5),
            Map.entry("Phạm", 7.0), Map.entry("Hoàng", 3.1), Map.entry("Huỳnh", 2.0),
            Map.entry("Phan", 4.5), Map.entry("Vũ", 2.2), Map.entry("Võ", 1.7), Map.entry("Đặng", 2.1),
            Map.entry("Bùi", 2.0), Map.entry("Đỗ", 1.4), Map.entry("Hồ", 1.3), Map.entry("Ngô", 1.3),
            Map.entry("Dương", 1.0), Map.entry("Lý", 0.5));

    /** Names this common are taken as the family name even when written last. */
    private static final int COMMON_RANK = 16;

    private VietnameseNames() {
    }

    /**
     * The text lower-cased, without diacritics (đ → d), single-spaced and trimmed.
     *
     * @throws IllegalArgumentException if {@code s} is null
     */
    public static String fold(String s) {
        if (s == null) {
            throw new IllegalArgumentException("text to fold must not be null");
        }
        return SPACES.matcher(FOLDING.normalize(s)).replaceAll(" ").trim();
    }

    /** Whether the folded word is a known Vietnamese family name ("Trần", "TRAN", "tran"). */
    public static boolean isVietnameseFamilyName(String word) {
        return SURNAME_RANK.containsKey(fold(word));
    }

    /**
     * Splits a name into family, middle and given parts, keeping each word as written.
     *
     * <p>Understood: "Nguyễn Văn Thành" and "nguyen van thanh" (Vietnamese order), "Thanh Nguyen"
     * (given, family), "SMITH, JOHN A" and "THANH, NGUYEN VAN" (comma forms), "John A. Smith"
     * (Western order, chosen when no Vietnamese family name is recognised and the name has no
     * Vietnamese letters). When both ends are family names ("Mai Nguyen") a very common one written
     * last is taken as the family name, unless the name carries Vietnamese diacritics. A single word is a given name. Suffixes (Jr, Sr, II, III, IV) are dropped.
     *
     * @throws IllegalArgumentException if {@code raw} is null or has no letters
     */
    public static NameParts parse(String raw) {
        if (raw == null || raw.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("name must have letters: " + raw);
        }
        int comma = raw.indexOf(',');
        if (comma >= 0) {
            List<String> before = words(raw.substring(0, comma));
            List<String> after = words(raw.substring(comma + 1));
            if (!before.isEmpty() && !after.isEmpty()) {
                return parseInverted(before, after);
            }
        }
        return parseWritten(words(raw));
    }

    private static NameParts parseInverted(List<String> before, List<String> after) {
        String writtenFamily = String.join(" ", before);
        boolean vietnameseInverted = !isVietnameseFamilyName(before.get(0))
                && isVietnameseFamilyName(after.get(0)) && before.size() == 1;
        if (vietnameseInverted) {
            return new NameParts(after.get(0), join(after, 1, after.size()), writtenFamily);
        }
        String lastWord = after.get(after.size() - 1);
        boolean endsWithInitial = lastWord.replace(".", "").length() == 1;
        if (isVietnameseFamilyName(writtenFamily) && !endsWithInitial) {
            // "NGUYEN, VAN THANH": the words after the comma keep Vietnamese order, given name last.
            return new NameParts(writtenFamily, join(after, 0, after.size() - 1), lastWord);
        }
        return new NameParts(writtenFamily, join(after, 1, after.size()), after.get(0));
    }

    private static NameParts parseWritten(List<String> w) {
        int n = w.size();
        if (n == 1) {
            return new NameParts("", "", w.get(0));
        }
        int firstRank = rankOf(w.get(0));
        int lastRank = rankOf(w.get(n - 1));
        if (firstRank != Integer.MAX_VALUE && hasVietnameseLetters(String.join(" ", w))) {
            return new NameParts(w.get(0), join(w, 1, n - 1), w.get(n - 1));
        }
        boolean familyLast = lastRank < firstRank && (firstRank == Integer.MAX_VALUE || lastRank <= COMMON_RANK)
                || firstRank == Integer.MAX_VALUE && lastRank == Integer.MAX_VALUE
                && !hasVietnameseLetters(String.join(" ", w));
        if (familyLast) {
            return new NameParts(w.get(n - 1), join(w, 1, n - 1), w.get(0));
        }
        return new NameParts(w.get(0), join(w, 1, n - 1), w.get(n - 1));
    }

    private static int rankOf(String word) {
        return SURNAME_RANK.getOrDefault(fold(word), Integer.MAX_VALUE);
    }

    /** Whether folding changes more than case, i.e. the text carries diacritics or đ. */
    static boolean hasVietnameseLetters(String s) {
        return !FOLDING.normalize(s).equals(Normalizer2.getNFKCCasefoldInstance().normalize(s));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.trim())) {
            String bare = w.replace(".", "");
            if (!w.isEmpty() && w.codePoints().anyMatch(Character::isLetter)
                    && !SUFFIXES.contains(fold(bare))) {
                out.add(w);
            }
        }
        if (out.isEmpty() && !s.isBlank()) {
            out.addAll(Arrays.asList(SPACES.split(s.trim())));
        }
        return out;
    }

    private static String join(List<String> w, int from, int to) {
        return from >= to ? "" : String.join(" ", w.subList(from, to));
    }

    private static Map<String, Integer> rank(List<String> names) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i + 1);
        }
        return Map.copyOf(m);
    }
}
