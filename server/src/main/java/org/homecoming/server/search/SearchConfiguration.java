package org.homecoming.server.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the {@code homecoming.search.*} properties into {@link SearchSettings}.
 *
 * <pre>{@code
 * homecoming.search.index-dir=/var/lib/homecoming/index
 * homecoming.search.in-memory=false
 * homecoming.search.commit-interval=5s
 * }</pre>
 *
 * <p>The index directory defaults to {@code ${homecoming.data-dir:./data}/index}.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchSettings searchSettings(
            @Value("${homecoming.search.index-dir:${homecoming.data-dir:./data}/index}") String indexDir,
            @Value("${homecoming.search.in-memory:false}") boolean inMemory,
            @Value("${homecoming.search.commit-interval:5s}") Duration commitInterval) {
        return new SearchSettings(Path.of(indexDir), inMemory, commitInterval);
    }
}
