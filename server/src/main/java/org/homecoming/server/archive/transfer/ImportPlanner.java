package org.homecoming.server.archive.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.archive.DocumentRepository;
import org.homecoming.server.archive.exchange.PackageJson;
import org.homecoming.server.archive.exchange.Sha256;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.archive.transfer.ExchangeRecords.DocumentRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.search.DuplicateCandidate;
import org.homecoming.server.search.DuplicateCandidates;
import org.homecoming.server.search.PersonDocument;
import org.springframework.stereotype.Component;

/**
 * Reconciles the records of a verified package with what this installation holds: each person,
 * document, artifact and request becomes an {@link ImportItem} saying whether it is new, unchanged,
 * changed since it was last received, in conflict with a local record of the same ref, or possibly
 * the same person as a local one (by the registry's duplicate search).
 *
 * <pre>{@code
 * List<ImportItem> items = planner.plan(verified);
 * }</pre>
 */
@Component
class ImportPlanner {

    private final ExchangeLog log;
    private final PersonRepository persons;
    private final DocumentRepository documents;
    private final DuplicateCandidates duplicates;
    private final org.homecoming.server.archive.ArtifactRepository artifacts;
    private final RequestTransfer requests;

    ImportPlanner(ExchangeLog log, PersonRepository persons, DocumentRepository documents,
            DuplicateCandidates duplicates, org.homecoming.server.archive.ArtifactRepository artifacts,
            RequestTransfer requests) {
        this.requests = requests;
        this.artifacts = artifacts;
        this.log = log;
        this.persons = persons;
        this.documents = documents;
        this.duplicates = duplicates;
    }

    List<ImportItem> plan(VerifiedPackage p) {
        String from = p.manifest().installationId();
        List<ImportItem> items = new ArrayList<>();
        for (PersonRecord r : p.records("persons", PersonRecord.class)) {
            items.add(person(from, r));
        }
        for (DocumentRecord r : p.records("documents", DocumentRecord.class)) {
            items.add(known("DOCUMENT", from, r.ref(), hash(r)).orElseGet(() -> documents.findByRef(r.ref())
                    .map(d -> conflict("DOCUMENT", r.ref(), d.id()))
                    .orElseGet(() -> new ImportItem("DOCUMENT", r.ref(), "NEW", r.title(), null))));
        }
        for (ExchangeRecords.ArtifactRecord r : p.records("artifacts", ExchangeRecords.ArtifactRecord.class)) {
            items.add(known("ARTIFACT", from, r.ref(), hash(r)).orElseGet(() -> artifacts.findByRef(r.ref())
                    .map(a -> conflict("ARTIFACT", r.ref(), a.id()))
                    .orElseGet(() -> new ImportItem("ARTIFACT", r.ref(), "NEW", r.description(), null))));
        }
        items.addAll(requests.plan(p));
        return items;
    }

    /** The persons alone, as received from {@code from} (a PFIF file's domain, say). */
    List<ImportItem> planPersons(String from, List<PersonRecord> records) {
        return records.stream().map(r -> person(from, r)).toList();
    }

    private ImportItem person(String from, PersonRecord r) {
        Optional<ImportItem> seen = known("PERSON", from, r.ref(), hash(r));
        if (seen.isPresent()) {
            return seen.get();
        }
        var local = persons.findByRef(r.ref());
        if (local.isPresent()) {
            return conflict("PERSON", r.ref(), local.get().id());
        }
        PersonDocument d = PersonDocument.of(0, r.side(), r.fullName()).withBirthYear(year(r.birthDate()))
                .withLossYear(year(r.lossDate())).withProvince(r.homeProvince()).withUnit(r.unit());
        List<DuplicateCandidate> similar = duplicates.find(d, 3).stream()
                .filter(c -> c.reasons().contains(DuplicateCandidates.SAME_NAME)
                        || c.reasons().contains(DuplicateCandidates.NAME_ONE_EDIT)).toList();
        if (similar.isEmpty()) {
            return new ImportItem("PERSON", r.ref(), "NEW", r.fullName(), null);
        }
        DuplicateCandidate c = similar.get(0);
        String name = persons.find(c.id()).map(x -> x.fullName()).orElse("?");
        return new ImportItem("PERSON", r.ref(), "POSSIBLE_DUPLICATE", r.fullName() + " may be #" + c.id() + " "
                + name + " " + c.reasons(), c.id());
    }

    private Optional<ImportItem> known(String type, String from, String ref, String hash) {
        return log.origin(type, from, ref).map(o -> o.contentSha256().equals(hash)
                ? new ImportItem(type, ref, "UNCHANGED", "received before, same content", o.localId())
                : new ImportItem(type, ref, "CHANGED", "received before, content differs from what was received then",
                        o.localId()));
    }

    private static ImportItem conflict(String type, String ref, long localId) {
        return new ImportItem(type, ref, "CONFLICT", "another record here already has ref " + ref, localId);
    }

    private static Integer year(String partialDate) {
        return PartialDate.problem(partialDate) == null ? PartialDate.year(partialDate) : null;
    }

    /** The SHA-256 of a record's JSON, to tell a record received again unchanged. */
    static String hash(Object record) {
        try {
            return Sha256.hex(PackageJson.MAPPER.writeValueAsBytes(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record cannot be written as JSON", e);
        }
    }
}
