package org.homecoming.server.archive.transfer;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homecoming.server.archive.ExchangeRequest;
import org.homecoming.server.archive.RequestRepository;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.archive.transfer.ExchangeRecords.AnswerRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.RequestRecord;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.security.Side;
import org.springframework.stereotype.Component;

/**
 * Requests in exchange packages, so that two installations can ask and answer each other: every
 * request travels with its answers, named by the installation where it was asked; a request that
 * comes back is recognised, and its new answers and status are taken only on the officer's
 * decision (REPLACE), as for any changed record.
 *
 * <pre>{@code
 * w.records("requests", requestTransfer.records());
 * requestTransfer.plan(verified);   // NEW, UNCHANGED, CHANGED or CONFLICT per request
 * }</pre>
 */
@Component
class RequestTransfer {

    static final String REQUEST = "REQUEST";
    static final String PREFIX = "R-";

    private final RequestRepository requests;
    private final PersonRepository persons;
    private final ExchangeLog log;
    private final String installationId;

    RequestTransfer(RequestRepository requests, PersonRepository persons, ExchangeLog log,
            org.homecoming.server.archive.exchange.InstallationKeys keys) {
        this.requests = requests;
        this.persons = persons;
        this.log = log;
        this.installationId = keys.installationId();
    }

    List<RequestRecord> records() {
        return requests.all().stream().map(this::record).toList();
    }

    private RequestRecord record(ExchangeRequest r) {
        ExchangeLog.OriginRef origin = log.originOf(REQUEST, r.id())
                .orElse(new ExchangeLog.OriginRef(installationId, PREFIX + r.id()));
        String personRef = r.personId() == null ? null : persons.find(r.personId()).map(MissingPerson::ref).orElse(null);
        List<AnswerRecord> answers = r.answers().stream().map(a -> new AnswerRecord(a.text(), a.packageSha256(),
                a.answeredBy(), a.answeredAt().toInstant())).toList();
        return new RequestRecord(origin.installationId(), origin.originRef(), r.fromSide().name(), r.toSide().name(), r.subject(), personRef,
                r.about(), r.details(), r.status(), r.requestedBy(), r.requestedAt().toInstant(), answers);
    }

    List<ImportItem> plan(VerifiedPackage p) {
        return p.records("requests", RequestRecord.class).stream().map(this::item).toList();
    }

    private ImportItem item(RequestRecord r) {
        Optional<ExchangeRequest> local = local(r);
        if (local.isEmpty()) {
            return installationId.equals(r.originInstallation())
                    ? new ImportItem(REQUEST, r.key(), "CONFLICT", "asked here but no longer held here", null)
                    : new ImportItem(REQUEST, r.key(), "NEW", r.subject(), null);
        }
        int added = newAnswers(local.get(), r).size();
        boolean moved = !local.get().status().equals(r.status());
        if (added == 0 && !moved) {
            return new ImportItem(REQUEST, r.key(), "UNCHANGED", r.subject(), local.get().id());
        }
        return new ImportItem(REQUEST, r.key(), "CHANGED", r.subject() + ": " + added + " new answer(s)"
                + (moved ? ", status " + local.get().status() + " -> " + r.status() : ""), local.get().id());
    }

    void apply(VerifiedPackage p, Map<String, String> decisions, PersonImport.Context c) {
        for (RequestRecord r : p.records("requests", RequestRecord.class)) {
            String decision = decisions.get(REQUEST + ":" + r.key());
            if ("IMPORT".equals(decision)) {
                long id = requests.insertReceived(new ExchangeRequest(0, Side.parse(r.fromSide()), Side.parse(r.toSide()),
                        r.subject(), person(r.personRef(), c), null, r.about(), r.details(), r.status(),
                        r.requestedBy() + "@" + r.originInstallation(), r.requestedAt().atOffset(ZoneOffset.UTC), 0,
                        List.of()));
                answers(id, r.answers(), c);
                log.recordOrigin(REQUEST, id, r.originInstallation(), r.originRef(), ImportPlanner.hash(r));
            } else if ("REPLACE".equals(decision)) {
                ExchangeRequest here = local(r).orElseThrow();
                answers(here.id(), newAnswers(here, r), c);
                if (!here.status().equals(r.status()) && !requests.setStatus(here.id(), r.status(), here.version())) {
                    throw new org.homecoming.server.web.StaleVersionException("request", here.id(), here.version());
                }
            }
        }
    }

    private Optional<ExchangeRequest> local(RequestRecord r) {
        if (installationId.equals(r.originInstallation())) {
            if (!r.originRef().matches(PREFIX + "\\d{1,18}")) {
                return Optional.empty();
            }
            return requests.find(Long.parseLong(r.originRef().substring(PREFIX.length())));
        }
        return log.origin(REQUEST, r.originInstallation(), r.originRef()).flatMap(o -> requests.find(o.localId()));
    }

    /**
     * The answers of the record not yet held here: same time and text (the author is not compared,
     * because an answer received is kept as {@code user@installation}).
     */
    private static List<AnswerRecord> newAnswers(ExchangeRequest here, RequestRecord r) {
        return (r.answers() == null ? List.<AnswerRecord>of() : r.answers()).stream()
                .filter(a -> here.answers().stream().noneMatch(h -> h.text().equals(a.text())
                        && h.answeredAt().toInstant().equals(a.answeredAt())))
                .toList();
    }

    private void answers(long id, List<AnswerRecord> answers, PersonImport.Context c) {
        for (AnswerRecord a : answers == null ? List.<AnswerRecord>of() : answers) {
            String by = a.answeredBy().contains("@") ? a.answeredBy() : a.answeredBy() + "@" + c.installationId();
            requests.answerReceived(id, new ExchangeRequest.Answer(0, a.text(), a.packageSha256(), by,
                    a.answeredAt().atOffset(ZoneOffset.UTC)));
        }
    }

    private Long person(String ref, PersonImport.Context c) {
        if (ref == null) {
            return null;
        }
        return log.origin("PERSON", c.installationId(), ref).map(ExchangeLog.Origin::localId)
                .or(() -> persons.findByRef(ref).map(MissingPerson::id)).orElse(null);
    }
}
