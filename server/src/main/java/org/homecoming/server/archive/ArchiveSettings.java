package org.homecoming.server.archive;

import java.nio.file.Path;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive's beans and where they keep their data, from {@code homecoming.archive.*}:
 *
 * <pre>{@code
 * homecoming.archive.index-dir=${homecoming.data-dir}/archive-index
 * homecoming.archive.in-memory=false        # true in tests (defaults to homecoming.search.in-memory)
 * homecoming.archive.files-dir=${homecoming.data-dir}/archive-files
 * homecoming.archive.keys-dir=${homecoming.data-dir}/keys
 * homecoming.installation-id=homecoming-vn  # used once, when the keys are created
 * }</pre>
 */
@Configuration(proxyBeanMethods = false)
class ArchiveSettings {

    @Bean(destroyMethod = "close")
    PageIndex archivePageIndex(
            @Value("${homecoming.archive.index-dir:${homecoming.data-dir:./data}/archive-index}") String dir,
            @Value("${homecoming.archive.in-memory:${homecoming.search.in-memory:false}}") boolean inMemory)
            throws java.io.IOException {
        if (inMemory) {
            return PageIndex.inMemory();
        }
        java.nio.file.Files.createDirectories(Path.of(dir));
        return new PageIndex(FSDirectory.open(Path.of(dir)));
    }

    @Bean
    FileStore archiveFiles(@Value("${homecoming.archive.files-dir:${homecoming.data-dir:./data}/archive-files}") String dir) {
        return new FileStore(Path.of(dir));
    }

    @Bean
    InstallationKeys installationKeys(@Value("${homecoming.archive.keys-dir:${homecoming.data-dir:./data}/keys}") String dir,
            @Value("${homecoming.installation-id:homecoming-${homecoming.side:vn}}") String id) {
        return InstallationKeys.loadOrCreate(Path.of(dir), id.toLowerCase(java.util.Locale.ROOT));
    }
}
