package org.homecoming.server.archive;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import org.homecoming.server.search.IndexSeals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the page index at startup when it does not hold as many pages as the database (a new or
 * deleted index directory, or writes lost in a crash), or when it was not sealed together with the
 * database at the last clean shutdown ({@link IndexSeals}).
 */
@Component
class ArchiveIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveIndexInitializer.class);
    private final PageIndex index;
    private final DocumentRepository documents;
    private final IndexSeals seals;

    ArchiveIndexInitializer(PageIndex index, DocumentRepository documents, IndexSeals seals) {
        this.index = index;
        this.documents = documents;
        this.seals = seals;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = documents.countPages();
        if (seals.trusted(index) && index.size() == stored) {
            seals.confirmInStep(index);
            return;
        }
        log.info("Rebuilding the archive index: it holds {} pages, the database {}", index.size(), stored);
        Map<Long, ArchiveDocument> cache = new HashMap<>();
        try (var pages = documents.allPages()) {
            index.rebuild(() -> pages.<Map.Entry<ArchiveDocument, DocumentPage>>map(p -> new AbstractMap.SimpleEntry<>(
                    cache.computeIfAbsent(p.documentId(), id -> documents.find(id).orElseThrow()), p)).iterator());
        }
        seals.confirmInStep(index);
    }
}
