package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LucenePersonIndexTests {

    static final PersonDocument THANH_NAM_DINH = PersonDocument.of(1, "VN", "Nguyễn Văn Thành")
            .withBirthYear(1948).withLossYear(1968).withProvince("Nam Định").withHomePlace("Xã Hải Anh, huyện Hải Hậu")
            .withLossPlace("Quảng Trị").withUnit("Trung đoàn 64").withStatus("MISSING");
    static final PersonDocument THANH_HA_NOI = PersonDocument.of(2, "VN", "Nguyễn Văn Thanh")
            .withBirthYear(1950).withLossYear(1972).withProvince("Hà Nội").withLossPlace("Quảng Trị")
            .withUnit("Sư đoàn 308").withStatus("MISSING");
    static final PersonDocument TRAN_THANH = PersonDocument.of(3, "VN", "Trần Văn Thành")
            .withBirthYear(1948).withLossYear(1968).withProvince("Nam Định").withUnit("Trung đoàn 64")
            .withStatus("FOUND");
    static final PersonDocument SMITH = PersonDocument.of(4, "US", "SMITH, JOHN A")
            .withBirthYear(1946).withLossYear(1968).withHomePlace("Dayton, Ohio").withLossPlace("Quảng Trị")
            .withUnit("1st Cavalry Division").withStatus("MISSING");
    static final PersonDocument NGU = PersonDocument.of(5, "VN", "Đặng Văn Ngữ")
            .withBirthYear(1910).withLossYear(1967).withProvince("Thừa Thiên Huế");
    static final PersonDocument MINH_KHAI = PersonDocument.of(6, "VN", "Nguyễn Thị Minh Khai")
            .withBirthYear(1910).withLossYear(1941).withProvince("Nghệ An").withStatus("FOUND");
    /** A US-archive transcription of a Vietnamese soldier, letters swapped. */
    static final PersonDocument THANH_MISSPELT = PersonDocument.of(7, "VN", "NGUYEN VAN THAHN")
            .withBirthYear(1948).withProvince("Nam Dinh").withStatus("MISSING");
    static final PersonDocument PHAT = PersonDocument.of(8, "VN", "Huỳnh Tấn Phát")
            .withBirthYear(1913).withProvince("Bến Tre").withAliases(List.of("Hai Hùng"));

    static final List<PersonDocument> ALL = List.of(THANH_NAM_DINH, THANH_HA_NOI, TRAN_THANH, SMITH, NGU,
            MINH_KHAI, THANH_MISSPELT, PHAT);

    LucenePersonIndex index;

    @BeforeEach
    void fill() {
        index = LucenePersonIndex.inMemory();
        index.upsertAll(ALL);
    }

    @AfterEach
    void close() {
        index.close();
    }

    List<Long> ids(String text) {
        return ids(PersonQuery.text(text));
    }

    List<Long> ids(PersonQuery q) {
        return index.search(q).items().stream().map(PersonHit::id).toList();
    }

    @Nested
    class Ranking {

        @Test
        void theThreeWritingsOfNguyenVanThanhFindHimFirst() {
            assertThat(ids("nguyen van thanh 1948 nam dinh")).first().isEqualTo(1L);
            assertThat(ids("THANH, NGUYEN VAN")).first().isEqualTo(1L);
            assertThat(ids("Nguyễn Văn Thành")).first().isEqualTo(1L);
        }

        @Test
        void yearAndPlaceWordsPutTheMatchingNamesakeAboveTheOthers() {
            assertThat(ids("nguyen van thanh 1948 nam dinh")).containsExactly(1L, 7L);
        }

        @Test
        void typedDiacriticsPutTheExactSpellingAboveItsUnaccentedNamesake() {
            PersonSearchResult r = index.search(PersonQuery.text("Nguyễn Văn Thành"));
            assertThat(r.items()).extracting(PersonHit::id).containsExactly(1L, 2L, 7L);
            assertThat(r.items().get(0).score()).isGreaterThan(r.items().get(1).score());
            assertThat(ids("Nguyễn Văn Thanh")).first().isEqualTo(2L);
        }

        @Test
        void anUnaccentedNameRanksItsNamesakesEquallyInIdOrderAndMisspellingsBelow() {
            PersonSearchResult r = index.search(PersonQuery.text("THANH, NGUYEN VAN"));
            assertThat(r.items()).extracting(PersonHit::id).containsExactly(1L, 2L, 7L);
            assertThat(r.items().get(0).score()).isEqualTo(r.items().get(1).score());
            assertThat(r.items().get(2).score()).isLessThan(r.items().get(1).score());
        }

        @Test
        void aYearInTheQueryLiftsThePersonBornOrLostThatYear() {
            assertThat(ids("nguyen van thanh 1950")).first().isEqualTo(2L);
            assertThat(ids("nguyen van thanh 1972")).first().isEqualTo(2L);
            assertThat(ids("nguyen van thanh 1948")).startsWith(1L);
        }

        @Test
        void placeWordsLiftThePersonFromThatPlace() {
            assertThat(ids("nguyen van thanh ha noi")).containsExactly(2L);
            assertThat(ids("thanh quang tri")).containsExactly(1L, 2L);
        }

        @Test
        void unitWordsAndNumbersMatchTheUnit() {
            assertThat(ids("thanh trung doan 64")).containsExactly(1L, 3L);
            assertThat(ids("1st cavalry")).containsExactly(4L);
        }

        @Test
        void nameOrderCaseAndDiacriticsDoNotMatter() {
            assertThat(ids("ngu dang van")).containsExactly(5L);
            assertThat(ids("ĐẶNG VĂN NGỮ")).containsExactly(5L);
            assertThat(ids("Khai Nguyen Thi Minh")).containsExactly(6L);
            assertThat(ids("john smith")).containsExactly(4L);
            assertThat(ids("Smith, John")).containsExactly(4L);
        }

        @Test
        void aMisspeltQueryFindsThePersonThroughOneEdit() {
            assertThat(ids("nguyen van tahnh 1948")).first().isEqualTo(1L);
            assertThat(ids("nguyne van thanh")).contains(1L, 2L);
            assertThat(ids("Huyng Tan Phat")).containsExactly(8L);
            assertThat(ids("smyth john")).containsExactly(4L);
        }

        @Test
        void aMisspeltRecordIsFoundByTheCorrectNameButRanksBelowExactMatches() {
            assertThat(ids("nguyen van thanh")).containsExactly(1L, 2L, 7L);
        }

        @Test
        void anExactNameOutweighsAMatchingYearOnAMisspeltName() {
            assertThat(ids("nguyen van thanh 1948")).containsExactly(1L, 2L, 7L);
        }

        @Test
        void wordsOfFourLettersMatchWithOneEditShorterOnesOnlyExactly() {
            assertThat(ids("tan")).containsExactly(8L);
            assertThat(ids("tran")).containsExactly(3L, 8L);
        }

        @Test
        void aliasesAreSearchedLikeNames() {
            assertThat(ids("hai hung")).containsExactly(8L);
        }

        @Test
        void aWordFoundNowhereIsDroppedWhenOtherwiseNothingMatches() {
            assertThat(ids("nguyen van thanh liet si")).startsWith(1L, 2L);
            assertThat(ids("xyzzy")).isEmpty();
        }

        @Test
        void aPastedParagraphIsCutToItsFirstWordsInsteadOfFailing() {
            String text = "nguyen van thanh " + "quang tri nam dinh trung doan ".repeat(40);
            assertThat(ids(text)).isNotEmpty();
        }

        @Test
        void punctuationOnlyListsEveryone() {
            assertThat(index.search(PersonQuery.text(" ,;- ")).total()).isEqualTo(8);
        }

        @Test
        void yearsAloneFindPersonsBornOrLostInThem() {
            assertThat(ids("1910")).containsExactly(5L, 6L);
            assertThat(ids("1941")).containsExactly(6L);
        }

        @Test
        void hitsCarryTheFullNameAsRecorded() {
            assertThat(index.search(PersonQuery.text("smith")).items())
                    .containsExactly(new PersonHit(4, index.search(PersonQuery.text("smith")).items().get(0).score(),
                            "SMITH, JOHN A"));
        }
    }

    @Nested
    class Filters {

        @Test
        void sideAndStatusFiltersAreExact() {
            assertThat(ids(PersonQuery.text("thanh").withSide("VN").withStatus("FOUND"))).containsExactly(3L);
            assertThat(ids(PersonQuery.all().withSide("US"))).containsExactly(4L);
            assertThat(ids(PersonQuery.all().withSide("vn"))).isEmpty();
        }

        @Test
        void provinceAndUnitFiltersIgnoreCaseAndDiacriticsButNotWords() {
            assertThat(ids(PersonQuery.all().withProvince("nam dinh"))).containsExactly(1L, 3L, 7L);
            assertThat(ids(PersonQuery.all().withProvince("Nam"))).isEmpty();
            assertThat(ids(PersonQuery.text("thanh").withUnit("TRUNG ĐOÀN 64"))).containsExactly(1L, 3L);
        }

        @Test
        void yearRangesAreInclusiveAndOpenEnded() {
            assertThat(ids(PersonQuery.all().withBirthYears(1946, 1948))).containsExactly(1L, 3L, 4L, 7L);
            assertThat(ids(PersonQuery.all().withBirthYears(1949, null))).containsExactly(2L);
            assertThat(ids(PersonQuery.all().withLossYears(null, 1967))).containsExactly(5L, 6L);
        }

        @Test
        void personsWithoutAYearFallOutsideEveryYearRange() {
            assertThat(ids(PersonQuery.all().withLossYears(1900, 2000))).doesNotContain(7L, 8L);
        }

        @Test
        void visibleSidesRestrictEveryQuery() {
            assertThat(ids(PersonQuery.text("quang tri").withVisibleSides(Set.of("US")))).containsExactly(4L);
            assertThat(ids(PersonQuery.text("quang tri").withVisibleSides(Set.of("VN")))).containsExactly(1L, 2L);
            assertThat(ids(PersonQuery.text("quang tri").withVisibleSides(Set.of("VN", "US")))).containsExactly(1L, 2L, 4L);
            assertThat(ids(PersonQuery.all().withSide("US").withVisibleSides(Set.of("VN")))).isEmpty();
        }

        @Test
        void noTextAndNoFiltersListsEveryoneInIdOrder() {
            assertThat(ids(PersonQuery.all())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        }
    }

    @Nested
    class Paging {

        @BeforeEach
        void addThirtyNamesakes() {
            List<PersonDocument> docs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                docs.add(PersonDocument.of(100 + i, "VN", "Lê Văn An").withBirthYear(1940 + i));
            }
            index.upsertAll(docs);
        }

        @Test
        void totalIsExactAndPagesAreDisjoint() {
            PersonQuery q = PersonQuery.text("le van an");
            PersonSearchResult first = index.search(q.withPage(0, 20));
            PersonSearchResult second = index.search(q.withPage(20, 20));
            assertThat(first.total()).isEqualTo(30);
            assertThat(second.total()).isEqualTo(30);
            assertThat(first.items()).hasSize(20);
            assertThat(second.items()).hasSize(10);
            List<Long> all = new ArrayList<>(first.items().stream().map(PersonHit::id).toList());
            all.addAll(second.items().stream().map(PersonHit::id).toList());
            assertThat(all).containsExactlyElementsOf(IntStream.range(100, 130).mapToObj(i -> (long) i).toList());
        }

        @Test
        void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
            PersonSearchResult r = index.search(PersonQuery.text("le van an").withPage(40, 10));
            assertThat(r.items()).isEmpty();
            assertThat(r.total()).isEqualTo(30);
        }

        @Test
        void theBirthYearComesFirstThenTheYearsNextToIt() {
            assertThat(ids(PersonQuery.text("le van an 1950").withLimit(3))).containsExactly(110L, 109L, 111L);
        }

        @Test
        void totalCountsEveryMatchNotJustThePage() {
            assertThat(index.search(PersonQuery.text("van").withLimit(1)).total()).isEqualTo(35);
        }
    }

    @Nested
    class Maintenance {

        @Test
        void storedDocumentsComeBackUnchanged() {
            for (PersonDocument d : ALL) {
                assertThat(index.find(d.id())).contains(d);
            }
            assertThat(index.find(999)).isEmpty();
        }

        @Test
        void upsertReplacesThePersonWithTheSameId() {
            index.upsert(THANH_NAM_DINH.withLossPlace("Khe Sanh").withBirthYear(1949));
            assertThat(index.size()).isEqualTo(8);
            assertThat(ids("thanh khe sanh")).containsExactly(1L);
            assertThat(index.find(1).orElseThrow().birthYear()).isEqualTo(1949);
        }

        @Test
        void deleteRemovesThePersonAndIgnoresUnknownIds() {
            index.delete(1);
            index.delete(12345);
            assertThat(index.size()).isEqualTo(7);
            assertThat(ids("Nguyễn Văn Thành")).doesNotContain(1L);
        }

        @Test
        void rebuildReplacesEverything() {
            index.rebuild(Stream.of(PersonDocument.of(50, "US", "Doe, Jane")));
            assertThat(index.size()).isEqualTo(1);
            assertThat(ids(PersonQuery.all())).containsExactly(50L);
        }

        @Test
        void concurrentWritersAndSearchersEndWithEveryPersonIndexed() throws Exception {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    int base = 1000 * (t + 1);
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            index.upsert(PersonDocument.of(base + i, "VN", "Phạm Văn Đồng").withBirthYear(1906));
                        }
                    }));
                }
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        assertThat(index.search(PersonQuery.text("pham van dong")).total()).isBetween(0L, 600L);
                    }
                }));
                for (var f : work) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(index.search(PersonQuery.text("pham van dong 1906")).total()).isEqualTo(600);
            assertThat(index.size()).isEqualTo(608);
        }

        @Test
        void writesAreCommittedInTheBackground(@TempDir Path dir) throws Exception {
            SearchSettings fast = new SearchSettings(dir, false, java.time.Duration.ofMillis(50));
            try (LucenePersonIndex disk = new LucenePersonIndex(fast)) {
                disk.upsert(NGU);
                await("a background commit").atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(20)).until(() -> committedDocs(dir) > 0);
                assertThat(committedDocs(dir)).isEqualTo(1);
            }
        }

        private int committedDocs(Path dir) throws IOException {
            try (var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir))) {
                return reader.numDocs();
            }
        }

        @Test
        void closingTwiceDoesNothing() {
            index.close();
            index.close();
        }
    }

    @Nested
    class OnDisk {

        @TempDir
        Path dir;

        @Test
        void personsSurviveAReopen() {
            try (LucenePersonIndex disk = new LucenePersonIndex(SearchSettings.onDisk(dir.resolve("index")))) {
                disk.upsert(THANH_NAM_DINH);
                disk.upsert(NGU);
            }
            try (LucenePersonIndex disk = new LucenePersonIndex(SearchSettings.onDisk(dir.resolve("index")))) {
                assertThat(disk.size()).isEqualTo(2);
                assertThat(disk.search(PersonQuery.text("dang van ngu")).items()).extracting(PersonHit::id).containsExactly(5L);
            }
        }

        @Test
        void aMissingDirectoryIsCreatedEmpty() {
            Path missing = dir.resolve("a/b/index");
            try (LucenePersonIndex disk = new LucenePersonIndex(SearchSettings.onDisk(missing))) {
                assertThat(disk.size()).isZero();
            }
            assertThat(missing).isDirectory();
        }

        @Test
        void anIndexWithAnotherFieldLayoutIsStartedEmpty() throws IOException {
            try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
                Document d = new Document();
                d.add(new StringField("id_key", "1", Field.Store.YES));
                w.addDocument(d);
                w.setLiveCommitData(Map.of("homecoming.schema", "0").entrySet());
                w.commit();
            }
            try (LucenePersonIndex disk = new LucenePersonIndex(SearchSettings.onDisk(dir))) {
                assertThat(disk.size()).isZero();
            }
        }

        @Test
        void anUnreadableIndexIsStartedEmpty() throws IOException {
            Files.writeString(dir.resolve("segments_1"), "not a Lucene commit");
            try (LucenePersonIndex disk = new LucenePersonIndex(SearchSettings.onDisk(dir))) {
                disk.upsert(NGU);
                assertThat(disk.size()).isEqualTo(1);
            }
        }
    }
}
