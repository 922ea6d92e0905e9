package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexInitializerTests {

    /** A registry of fixed persons that counts how often it is read in full. */
    static final class FakeSource implements PersonDocumentSource {
        final List<PersonDocument> persons = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        boolean closed;

        FakeSource(int n) {
            for (int i = 1; i <= n; i++) {
                persons.add(PersonDocument.of(i, "VN", "Nguyễn Văn Người " + i).withBirthYear(1940 + i % 20));
            }
        }

        @Override
        public Stream<PersonDocument> all() {
            reads.incrementAndGet();
            return persons.stream().onClose(() -> closed = true);
        }

        @Override
        public long count() {
            return persons.size();
        }
    }

    @TempDir
    Path dir;

    @Test
    void anEmptyIndexIsBuiltFromTheRegistry() {
        FakeSource source = new FakeSource(25);
        try (LucenePersonIndex index = LucenePersonIndex.inMemory()) {
            assertThat(SearchIndexInitializer.of(index, source).synchronize()).isTrue();
            assertThat(index.size()).isEqualTo(25);
            assertThat(source.closed).isTrue();
            assertThat(index.search(PersonQuery.text("nguoi 1945")).items().get(0).id()).isEqualTo(5L);
        }
    }

    @Test
    void anIndexInStepIsLeftAlone() {
        FakeSource source = new FakeSource(10);
        try (LucenePersonIndex index = LucenePersonIndex.inMemory()) {
            index.upsertAll(source.persons);
            assertThat(SearchIndexInitializer.of(index, source).synchronize()).isFalse();
            assertThat(source.reads).hasValue(0);
        }
    }

    @Test
    void anIndexWithADifferentCountIsRebuiltAndLosesPersonsNoLongerInTheRegistry() {
        FakeSource source = new FakeSource(10);
        try (LucenePersonIndex index = LucenePersonIndex.inMemory()) {
            index.upsertAll(source.persons);
            index.upsert(PersonDocument.of(999, "VN", "Bùi Thị Xuân"));
            source.persons.remove(0);
            assertThat(SearchIndexInitializer.of(index, source).synchronize()).isTrue();
            assertThat(index.size()).isEqualTo(9);
            assertThat(index.find(999)).isEmpty();
            assertThat(index.find(1)).isEmpty();
        }
    }

    @Test
    void aDeletedIndexDirectoryIsRebuiltOnTheNextStart() {
        FakeSource source = new FakeSource(12);
        Path indexDir = dir.resolve("index");
        try (LucenePersonIndex index = new LucenePersonIndex(SearchSettings.onDisk(indexDir))) {
            SearchIndexInitializer.of(index, source).synchronize();
        }
        try (LucenePersonIndex index = new LucenePersonIndex(SearchSettings.onDisk(indexDir))) {
            assertThat(SearchIndexInitializer.of(index, source).synchronize()).isFalse();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(indexDir.toFile());
        try (LucenePersonIndex index = new LucenePersonIndex(SearchSettings.onDisk(indexDir))) {
            assertThat(SearchIndexInitializer.of(index, source).synchronize()).isTrue();
            assertThat(index.size()).isEqualTo(12);
        }
        assertThat(source.reads).hasValue(2);
    }
}
