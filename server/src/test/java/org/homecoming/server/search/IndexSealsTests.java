package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

class IndexSealsTests {

    @TempDir
    Path dir;
    JdbcTemplate jdbc;

    @BeforeEach
    void database() throws Exception {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:seals-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        try (var c = ds.getConnection()) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/migration/V350__index_seal.sql"));
        }
        jdbc = new JdbcTemplate(ds);
    }

    private LucenePersonIndex open(Path indexDir) {
        return new LucenePersonIndex(SearchSettings.onDisk(indexDir));
    }

    @Test
    void anIndexSealedAtACleanShutdownIsTrustedOnceAtTheNextStart() {
        LucenePersonIndex first = open(dir);
        IndexSeals atFirstStart = new IndexSeals(jdbc, List.of(first));
        assertThat(atFirstStart.trusted(first)).as("a new index").isFalse();
        first.upsert(PersonDocument.of(1, "VN", "Nguyễn Văn Thành"));
        atFirstStart.confirmInStep(first);
        atFirstStart.sealAll();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM index_seal", Long.class)).isEqualTo(1);

        try (LucenePersonIndex second = open(dir)) {
            IndexSeals atSecondStart = new IndexSeals(jdbc, List.of(second));

            assertThat(atSecondStart.trusted(second)).isTrue();
            assertThat(second.size()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM index_seal", Long.class))
                    .as("taken at start, so a crash from now on leaves no seal").isZero();
        }
    }

    @Test
    void anIndexLeftByACrashIsNotTrustedEvenWithTheDatabaseSealStillThere() throws IOException {
        LucenePersonIndex first = open(dir);
        sealAtShutdown(first);
        String seal = jdbc.queryForObject("SELECT token FROM index_seal", String.class);
        LucenePersonIndex running = open(dir);
        running.upsert(PersonDocument.of(2, "VN", "Trần Văn Bình"));
        running.commit();
        Path afterKill = copyWithoutLock(dir, dir.resolveSibling(dir.getFileName() + "-after-kill"));
        running.close();
        assertThat(jdbc.queryForObject("SELECT token FROM index_seal", String.class)).isEqualTo(seal);

        try (LucenePersonIndex restarted = open(afterKill)) {
            assertThat(restarted.openingSeal()).as("opening an index removes its seal from the next commit").isEmpty();
            assertThat(new IndexSeals(jdbc, List.of(restarted)).trusted(restarted)).isFalse();
        }
    }

    @Test
    void aSealedIndexUnderAnotherDatabaseIsNotTrusted() {
        LucenePersonIndex first = open(dir);
        sealAtShutdown(first);
        jdbc.update("UPDATE index_seal SET token = 'sealed-with-another-index'");

        try (LucenePersonIndex second = open(dir)) {
            assertThat(second.openingSeal()).isPresent();
            assertThat(new IndexSeals(jdbc, List.of(second)).trusted(second)).isFalse();
        }
    }

    @Test
    void theInitializerRebuildsAStaleIndexOfTheRightSize() {
        LucenePersonIndex first = open(dir);
        first.upsert(PersonDocument.of(1, "VN", "Tên Cũ Trước Khi Sửa"));
        sealAtShutdown(first);
        jdbc.update("DELETE FROM index_seal");
        SearchIndexInitializerTests.FakeSource registry = new SearchIndexInitializerTests.FakeSource(1);

        try (LucenePersonIndex second = open(dir)) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("source", registry);
            beans.addBean("seals", new IndexSeals(jdbc, List.of(second)));
            SearchIndexInitializer init = new SearchIndexInitializer(second,
                    beans.getBeanProvider(PersonDocumentSource.class), beans.getBeanProvider(IndexSeals.class));

            assertThat(init.synchronize()).isTrue();
            assertThat(second.search(PersonQuery.text("nguoi 1")).total()).isEqualTo(1);
            assertThat(second.search(PersonQuery.text("ten cu truoc khi sua")).total()).isZero();
        }
    }

    @Test
    void anIndexNeverConfirmedInStepIsLeftUnsealed() {
        LucenePersonIndex first = open(dir);
        IndexSeals failedStart = new IndexSeals(jdbc, List.of(first));
        assertThat(failedStart.trusted(first)).isFalse();

        failedStart.sealAll();
        first.close();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM index_seal", Long.class)).isZero();
        try (LucenePersonIndex second = open(dir)) {
            assertThat(second.openingSeal()).isEmpty();
        }
    }

    private void sealAtShutdown(LucenePersonIndex index) {
        IndexSeals seals = new IndexSeals(jdbc, List.of(index));
        seals.confirmInStep(index);
        seals.sealAll();
    }

    private static Path copyWithoutLock(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
