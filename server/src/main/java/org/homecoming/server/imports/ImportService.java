package org.homecoming.server.imports;

import java.nio.file.Path;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.search.PersonDocumentSource;
import org.homecoming.server.search.PersonIndex;
import org.homecoming.server.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports a programme directory (docs/formats.md): {@link #preview} checks everything and writes
 * nothing; {@link #commit} checks again and writes all rows in one transaction, or nothing.
 *
 * <pre>{@code
 * ImportPreview p = imports.preview(dir);
 * if (p.ok()) imports.commit(dir);
 * }</pre>
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private final KnownRefsRepository refs;
    private final ProgrammeWriter writer;
    private final AuditLog audit;
    private final PersonIndex index;
    private final PersonDocumentSource documents;
    private final CurrentUsers currentUsers;

    ImportService(KnownRefsRepository refs, ProgrammeWriter writer, AuditLog audit, PersonIndex index,
            PersonDocumentSource documents, CurrentUsers currentUsers) {
        this.refs = refs;
        this.writer = writer;
        this.audit = audit;
        this.index = index;
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    public ImportPreview preview(Path dir) {
        return preview(ImportReader.read(dir, known()));
    }

    /** Writes the directory's rows; throws {@link ImportRejectedException} with the problems if any. */
    @Transactional
    public Map<String, Integer> commit(Path dir) {
        ImportReader.Result r = ImportReader.read(dir, known());
        if (!r.ok()) {
            throw new ImportRejectedException(preview(r));
        }
        String by = currentUsers.get().username();
        log.info("Import {}: writing {} persons in one transaction", dir.getFileName(), r.data().persons.size());
        Map<String, Integer> written = writer.write(r.data(), by);
        audit.recordAs(by, AuditAction.IMPORT, "PROGRAMME", null, dir.getFileName() + " " + written);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.info("Import {}: committed {}; updating the search index", dir.getFileName(), written);
                try (var all = documents.all()) {
                    index.rebuild(all);
                }
            }
        });
        return written;
    }

    private static ImportPreview preview(ImportReader.Result r) {
        return new ImportPreview(r.rows(), r.problems().stream().map(ImportProblem::toString).toList(),
                r.problems().size() >= ImportReader.MAX_PROBLEMS);
    }

    private KnownRefs known() {
        return refs.known();
    }
}
