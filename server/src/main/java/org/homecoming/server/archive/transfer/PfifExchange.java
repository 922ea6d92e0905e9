package org.homecoming.server.archive.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.FileStore;
import org.homecoming.server.archive.exchange.Sha256;
import org.homecoming.server.archive.pfif.PersonPfif;
import org.homecoming.server.archive.pfif.PfifPerson;
import org.homecoming.server.archive.pfif.PfifReader;
import org.homecoming.server.archive.pfif.PfifWriter;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.SharingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PFIF 1.4 export and import of person records, for missing-person systems other than Homecoming.
 * An export holds the persons the user may see (own side, and the other side's shared with it);
 * an import is previewed and reconciled like an exchange package (new, received before, possible
 * duplicate), all or nothing, and records where each person came from.
 *
 * <pre>{@code
 * byte[] xml = pfif.export();
 * TransferPreview p = pfif.receive(xmlFromElsewhere);
 * pfif.importReceived(p.sha256(), Map.of());
 * }</pre>
 *
 * <p>PFIF carries no family and no genetic data, so nothing of either leaves this way. A person's
 * side is its {@code home_country} when that is VN or US, otherwise the importing user's.
 */
@Service
public class PfifExchange {

    private final PersonRepository persons;
    private final SharingService sharing;
    private final ImportPlanner planner;
    private final PersonImport personImport;
    private final FileStore received;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final String domain;
    private final CurrentUsers currentUsers;

    PfifExchange(PersonRepository persons, SharingService sharing, ImportPlanner planner, PersonImport personImport,
            FileStore received, ArchiveAccess access, AuditLog audit,
            @Value("${homecoming.archive.pfif-domain:${homecoming.installation-id:homecoming-vn}.homecoming}")
            String domain, CurrentUsers currentUsers) {
        this.persons = persons;
        this.sharing = sharing;
        this.planner = planner;
        this.personImport = personImport;
        this.received = received;
        this.access = access;
        this.audit = audit;
        this.domain = domain.toLowerCase(java.util.Locale.ROOT);
        this.currentUsers = currentUsers;
    }

    /** Every active person the user may see, as a PFIF 1.4 document; audited as an export. */
    @Transactional
    public byte[] export() {
        CurrentUser u = currentUsers.get();
        access.requireRequester(u);
        Set<Long> shared = Set.copyOf(sharing.sharedWith("PERSON", u.side()));
        PersonPfif map = new PersonPfif(domain, "Homecoming " + u.side());
        Instant now = Instant.now();
        List<PfifPerson> out = new ArrayList<>();
        try (var all = persons.streamActive()) {
            all.filter(p -> p.side() == u.side() || shared.contains(p.id()))
                    .forEach(p -> out.add(map.toPfif(p, persons.aliases(p.id()), now)));
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new PfifWriter().write(out, xml);
        audit.record(AuditAction.EXPORT, "PFIF", Sha256.hex(xml.toByteArray()), out.size() + " person(s)");
        return xml.toByteArray();
    }

    /** Reads and checks a PFIF document, keeps it for the import, and says what importing it would do. */
    @Transactional(readOnly = true)
    public TransferPreview receive(byte[] xml) {
        access.requireExchanger(currentUsers.get());
        Parsed p = parse(xml);
        received.put(xml);
        return new TransferPreview(p.sha(), p.source(), "", currentUsers.get().side().name(), Instant.now(),
                "PFIF 1.4", List.of(), 0, 0, planner.planPersons(p.source(), p.records()));
    }

    /** Imports a PFIF document kept by {@link #receive}, with the user's decisions. */
    @Transactional
    public ImportResult importReceived(String sha256, Map<String, String> decisions) {
        CurrentUser u = currentUsers.get();
        access.requireExchanger(u);
        byte[] xml = received.get(sha256).orElseThrow(() -> new IllegalArgumentException(
                "no PFIF document with SHA-256 " + sha256 + " was received here: upload it for a preview first"));
        Parsed p = parse(xml);
        Map<String, ImportItem> items = new LinkedHashMap<>();
        planner.planPersons(p.source(), p.records()).forEach(i -> items.put(i.key(), i));
        decisions.keySet().stream().filter(k -> !items.containsKey(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("decision names " + k + ", which the PFIF document does not hold");
        });
        Map<String, String> decided = new LinkedHashMap<>();
        items.values().forEach(i -> decided.put(i.key(), i.decide(decisions.get(i.key()))));
        personImport.apply(p.records(), List.of(), List.of(), decided, items,
                new PersonImport.Context(p.source(), p.sha(), "PFIF 1.4 import", u.side(), u.username()));
        ImportResult r = new ImportResult(p.sha(), List.copyOf(items.values()), decided);
        audit.record(AuditAction.IMPORT, "PFIF", p.sha(), r.count("IMPORT") + " imported, " + r.count("REPLACE")
                + " replaced, " + r.count("SKIP") + " skipped from " + p.source());
        return r;
    }

    private record Parsed(String sha, String source, List<PersonRecord> records) {
    }

    private Parsed parse(byte[] xml) {
        List<PfifPerson> read = new PfifReader().read(new ByteArrayInputStream(xml));
        if (read.isEmpty()) {
            throw new IllegalArgumentException("PFIF document holds no person record");
        }
        String source = read.get(0).personRecordId().substring(0, read.get(0).personRecordId().indexOf('/'));
        List<PersonRecord> records = new ArrayList<>();
        for (PfifPerson p : read) {
            String d = p.personRecordId().substring(0, p.personRecordId().indexOf('/'));
            if (!d.equals(source)) {
                throw new IllegalArgumentException("person " + p.personRecordId() + " is of domain " + d
                        + "; one PFIF document is imported from one domain at a time (" + source + ")");
            }
            records.add(record(p));
        }
        if (source.length() > 64) {
            throw new IllegalArgumentException("PFIF domain must be at most 64 characters: " + source);
        }
        return new Parsed(Sha256.hex(xml), source, records);
    }

    /** The registry's form of a PFIF person; the ref is the record id's local part when it fits. */
    private PersonRecord record(PfifPerson p) {
        String local = p.personRecordId().substring(p.personRecordId().indexOf('/') + 1);
        String ref = local.matches("[A-Za-z0-9._-]{1,64}") ? local : "PFIF-" + Sha256.hex(
                p.personRecordId().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        String side = "VN".equals(p.homeCountry()) || "US".equals(p.homeCountry()) ? p.homeCountry()
                : currentUsers.get().side().name();
        String sex = "male".equals(p.sex()) ? "M" : "female".equals(p.sex()) ? "F" : "U";
        String source = p.sourceName() != null ? p.sourceName() : p.authorName() != null ? p.authorName()
                : "PFIF " + p.personRecordId();
        List<String> aliases = p.alternateNames() == null ? List.of()
                : List.of(p.alternateNames().split("\\s*[,;]\\s*"));
        return new PersonRecord(ref, side, p.fullName(), p.familyName(), null, p.givenName(), sex, p.dateOfBirth(),
                p.homeNeighborhood(), p.homeCity(), p.homeState(), null, null, null, null, null, null, null,
                p.description(), null, "MISSING", cut(source, 500), aliases);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
