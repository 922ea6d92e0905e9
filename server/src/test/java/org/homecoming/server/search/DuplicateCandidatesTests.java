package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DuplicateCandidatesTests {

    static final PersonDocument THANH = PersonDocument.of(1, "VN", "Nguyễn Văn Thành")
            .withBirthYear(1948).withProvince("Nam Định").withUnit("Trung đoàn 64");

    LucenePersonIndex index;
    DuplicateCandidates duplicates;

    @BeforeEach
    void fill() {
        index = LucenePersonIndex.inMemory();
        index.upsertAll(List.of(THANH,
                PersonDocument.of(2, "VN", "THANH, NGUYEN VAN").withBirthYear(1948).withProvince("Nam Dinh"),
                PersonDocument.of(3, "VN", "Nguyen Van Thanh").withBirthYear(1949).withUnit("TRUNG DOAN 64"),
                PersonDocument.of(4, "VN", "Nguyễn Văn Thạnh").withBirthYear(1962).withProvince("Cà Mau"),
                PersonDocument.of(5, "VN", "Nguyen Van Tanh").withBirthYear(1948),
                PersonDocument.of(6, "US", "Nguyen Van Thanh").withBirthYear(1948).withProvince("Nam Định"),
                PersonDocument.of(7, "VN", "Trần Văn Thành").withBirthYear(1948).withProvince("Nam Định")
                        .withUnit("Trung đoàn 64")));
        duplicates = new DuplicateCandidates(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void listsSameOrNearNamesOnTheSameSideWithTheirReasonsBestFirst() {
        assertThat(duplicates.find(THANH)).containsExactly(
                new DuplicateCandidate(2, 7.5, List.of("SAME_NAME", "SAME_BIRTH_YEAR", "SAME_PROVINCE")),
                new DuplicateCandidate(3, 6.5, List.of("SAME_NAME", "CLOSE_BIRTH_YEAR", "SAME_UNIT")),
                new DuplicateCandidate(5, 4.5, List.of("NAME_ONE_EDIT", "SAME_BIRTH_YEAR")));
    }

    @Test
    void aNameAloneIsNotEnoughWhenThePersonHasOtherFacts() {
        assertThat(duplicates.find(THANH)).extracting(DuplicateCandidate::id).doesNotContain(4L);
    }

    @Test
    void aPersonKnownOnlyByNameIsMatchedOnNameAlone() {
        PersonDocument draft = PersonDocument.of(0, "VN", "nguyen van thanh");
        assertThat(duplicates.find(draft)).extracting(DuplicateCandidate::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(duplicates.find(draft).get(0).reasons()).containsExactly("SAME_NAME");
    }

    @Test
    void otherSidesAndDifferentFamilyNamesAreNeverCandidates() {
        assertThat(duplicates.find(THANH)).extracting(DuplicateCandidate::id).doesNotContain(6L, 7L, 1L);
    }

    @Test
    void theLimitCutsTheList() {
        assertThat(duplicates.find(THANH, 1)).extracting(DuplicateCandidate::id).containsExactly(2L);
        assertThatThrownBy(() -> duplicates.find(THANH, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be >= 1: 0");
    }

    @Nested
    class EditDistance {

        @Test
        void countsOneInsertionDeletionSubstitutionOrSwap() {
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "thanh")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "tanh")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("tanh", "thanh")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "thahn")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "thinh")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "thanhx")).isTrue();
        }

        @Test
        void rejectsTwoEdits() {
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "thinx")).isFalse();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "than h")).isTrue();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "tahnx")).isFalse();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("thanh", "th")).isFalse();
            assertThat(DuplicateCandidates.EditDistance.atMostOne("abcd", "badc")).isFalse();
        }
    }
}
