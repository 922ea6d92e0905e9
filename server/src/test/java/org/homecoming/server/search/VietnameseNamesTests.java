package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNamesTests {

    @Nested
    class Fold {

        @Test
        void removesDiacriticsAndLowerCases() {
            assertThat(VietnameseNames.fold("Nguyễn Văn Thành")).isEqualTo("nguyen van thanh");
            assertThat(VietnameseNames.fold("Nguyễn Thị Minh Khai")).isEqualTo("nguyen thi minh khai");
            assertThat(VietnameseNames.fold("Huỳnh Tấn Phát")).isEqualTo("huynh tan phat");
            assertThat(VietnameseNames.fold("Ngô Quyền")).isEqualTo("ngo quyen");
        }

        @Test
        void foldsDStrokeInBothCasesToD() {
            assertThat(VietnameseNames.fold("Đặng Văn Ngữ")).isEqualTo("dang van ngu");
            assertThat(VietnameseNames.fold("đ Đ")).isEqualTo("d d");
            assertThat(VietnameseNames.fold("ĐỖ MƯỜI")).isEqualTo("do muoi");
        }

        @Test
        void theIndexFoldingFilterAlsoFoldsDStroke() {
            assertThat(PersonAnalysis.foldedTokens("Đặng Văn Ngữ, Đà Nẵng")).containsExactly("dang", "van", "ngu", "da", "nang");
        }

        @Test
        void decomposedAndComposedInputFoldAlike() {
            String composed = Normalizer.normalize("Trần Hưng Đạo", Normalizer.Form.NFC);
            String decomposed = Normalizer.normalize("Trần Hưng Đạo", Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo(composed);
            assertThat(VietnameseNames.fold(decomposed)).isEqualTo(VietnameseNames.fold(composed)).isEqualTo("tran hung dao");
        }

        @Test
        void collapsesAndTrimsWhitespace() {
            assertThat(VietnameseNames.fold("  THANH,\tNGUYEN   VAN \n")).isEqualTo("thanh, nguyen van");
        }

        @Test
        void foldingNullNamesTheArgument() {
            assertThatThrownBy(() -> VietnameseNames.fold(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text to fold must not be null");
        }
    }

    @Nested
    class Parse {

        @ParameterizedTest(name = "{0} -> family {1}, middle {2}, given {3}")
        @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Nguyễn Văn Thành       | Nguyễn | Văn       | Thành",
            "nguyen van thanh       | nguyen | van       | thanh",
            "NGUYEN VAN THANH       | NGUYEN | VAN       | THANH",
            "Nguyễn Thị Minh Khai   | Nguyễn | Thị Minh  | Khai",
            "Đặng Văn Ngữ           | Đặng   | Văn       | Ngữ",
            "Huỳnh Tấn Phát         | Huỳnh  | Tấn       | Phát",
            "Võ Nguyên Giáp         | Võ     | Nguyên    | Giáp",
            "Tôn Đức Thắng          | Tôn    | Đức       | Thắng",
            "Lê Văn Lương           | Lê     | Văn       | Lương",
            "Hà Văn Lâm             | Hà     | Văn       | Lâm",
            "Nguyễn Thị Mai         | Nguyễn | Thị       | Mai",
            "Trần Nguyên            | Trần   |           | Nguyên",
            "Phạm Hùng              | Phạm   |           | Hùng",
            "dang van ngu           | dang   | van       | ngu",
        })
        void readsVietnameseOrderFamilyFirst(String raw, String family, String middle, String given) {
            assertThat(VietnameseNames.parse(raw)).isEqualTo(new NameParts(family, middle, given));
        }

        @ParameterizedTest(name = "{0} -> family {1}, middle {2}, given {3}")
        @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Thanh Nguyen           | Nguyen | ''        | Thanh",
            "Thanh Van Nguyen       | Nguyen | Van       | Thanh",
            "Mai Nguyen             | Nguyen |           | Mai",
            "Kim Tran               | Tran   |           | Kim",
            "Michael Le             | Le     |           | Michael",
        })
        void readsGivenFamilyOrderWhenACommonVietnameseFamilyNameComesLast(String raw, String family,
                String middle, String given) {
            assertThat(VietnameseNames.parse(raw)).isEqualTo(new NameParts(family, middle, given));
        }

        @ParameterizedTest(name = "{0} -> family {1}, middle {2}, given {3}")
        @CsvSource(delimiter = '|', emptyValue = "", value = {
            "SMITH, JOHN A          | SMITH  | A         | JOHN",
            "Smith, John Albert     | Smith  | Albert    | John",
            "SMITH, JOHN A JR       | SMITH  | A         | JOHN",
            "O'BRIEN, PATRICK       | O'BRIEN|           | PATRICK",
            "John A. Smith          | Smith  | A.        | John",
            "Robert Miller Jr.      | Miller |           | Robert",
            "VAN BUREN, MARTIN      | VAN BUREN |        | MARTIN",
        })
        void readsWesternNamesFamilyLast(String raw, String family, String middle, String given) {
            assertThat(VietnameseNames.parse(raw)).isEqualTo(new NameParts(family, middle, given));
        }

        @ParameterizedTest(name = "{0} -> family {1}, middle {2}, given {3}")
        @CsvSource(delimiter = '|', emptyValue = "", value = {
            "THANH, NGUYEN VAN      | NGUYEN | VAN       | THANH",
            "Khai, Nguyen Thi Minh  | Nguyen | Thi Minh  | Khai",
            "NGUYEN, VAN THANH      | NGUYEN | VAN       | THANH",
            "TRAN, THI HOA          | TRAN   | THI       | HOA",
            "LE, JOHN A             | LE     | A         | JOHN",
        })
        void readsCommaFormsOfVietnameseNames(String raw, String family, String middle, String given) {
            assertThat(VietnameseNames.parse(raw)).isEqualTo(new NameParts(family, middle, given));
        }

        @Test
        void aSingleWordIsAGivenName() {
            assertThat(VietnameseNames.parse("Thành")).isEqualTo(new NameParts("", "", "Thành"));
        }

        @Test
        void theThreeWritingsOfOnePersonGiveTheSameFoldedOrder() {
            String a = VietnameseNames.fold(VietnameseNames.parse("nguyen van thanh").vietnameseOrder());
            String b = VietnameseNames.fold(VietnameseNames.parse("THANH, NGUYEN VAN").vietnameseOrder());
            String c = VietnameseNames.fold(VietnameseNames.parse("Nguyễn Văn Thành").vietnameseOrder());
            assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo("nguyen van thanh");
        }

        @Test
        void aNameWithoutLettersIsRejectedWithTheValue() {
            assertThatThrownBy(() -> VietnameseNames.parse(" 1948, "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must have letters:  1948, ");
            assertThatThrownBy(() -> VietnameseNames.parse(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must have letters: null");
        }
    }

    @Test
    void recognisesVietnameseFamilyNamesWithOrWithoutDiacritics() {
        assertThat(VietnameseNames.isVietnameseFamilyName("Đặng")).isTrue();
        assertThat(VietnameseNames.isVietnameseFamilyName("DANG")).isTrue();
        assertThat(VietnameseNames.isVietnameseFamilyName("Smith")).isFalse();
        assertThat(VietnameseNames.isVietnameseFamilyName("Thành")).isFalse();
    }

    @Test
    void surnameSharesKeepThePublishedPairTotalsAndSumTo90Percent() {
        var shares = VietnameseNames.SURNAME_SHARES;
        var tolerance = org.assertj.core.data.Offset.offset(1e-9);
        assertThat(shares.get("Hoàng") + shares.get("Huỳnh")).isCloseTo(5.1, tolerance);
        assertThat(shares.get("Vũ") + shares.get("Võ")).isCloseTo(3.9, tolerance);
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isCloseTo(90.1, tolerance);
    }
}
