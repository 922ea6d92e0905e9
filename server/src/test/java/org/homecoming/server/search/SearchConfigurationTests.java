package org.homecoming.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        classes = {SearchConfiguration.class, LucenePersonIndex.class, SearchIndexInitializer.class,
                DuplicateCandidates.class, SearchConfigurationTests.Registry.class},
        properties = {"homecoming.search.in-memory=true", "homecoming.search.commit-interval=250ms"})
class SearchConfigurationTests {

    @TestConfiguration
    static class Registry {
        @Bean
        PersonDocumentSource registry() {
            return new PersonDocumentSource() {
                @Override
                public Stream<PersonDocument> all() {
                    return Stream.of(PersonDocument.of(1, "VN", "Nguyễn Văn Thành").withBirthYear(1948),
                            PersonDocument.of(2, "VN", "THANH, NGUYEN VAN").withBirthYear(1948));
                }

                @Override
                public long count() {
                    return 2;
                }
            };
        }
    }

    @Autowired
    PersonIndex index;

    @Autowired
    SearchSettings settings;

    @Autowired
    DuplicateCandidates duplicates;

    @Test
    void theIndexIsBuiltFromTheRegistryAtStartup() {
        assertThat(index).isInstanceOf(LucenePersonIndex.class);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search(PersonQuery.text("nguyen van thanh")).total()).isEqualTo(2);
    }

    @Test
    void propertiesReachTheSettings() {
        assertThat(settings.inMemory()).isTrue();
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void duplicatesAreWiredToTheIndex() {
        PersonDocument first = ((LucenePersonIndex) index).find(1).orElseThrow();
        assertThat(duplicates.find(first)).extracting(DuplicateCandidate::id).containsExactly(2L);
    }
}
