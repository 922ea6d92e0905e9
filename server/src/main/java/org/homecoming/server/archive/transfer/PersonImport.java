package org.homecoming.server.archive.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.archive.transfer.ExchangeRecords.FamilyRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.ProfileRecord;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.registry.ConsentRepository;
import org.homecoming.server.registry.ConsentScope;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.GeneticProfile;
import org.homecoming.server.registry.GeneticsRepository;
import org.homecoming.server.registry.MemberConsent;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.NewPerson;
import org.homecoming.server.registry.PersonDocuments;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.registry.StatusRules;
import org.homecoming.server.registry.Sample;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * Writes the persons of a package that were decided IMPORT or REPLACE, with their family members as
 * the package carries them (consenting ones with their consents: record, contact when sent, DNA when
 * sent; placeholders without a name or consent) and those members' DNA profiles, and makes each
 * person visible to this side under the consent the package states (audited as a sharing). A status that stands
 * on evidence (IDENTIFIED and after) is not taken from a package: the evidence is the other
 * installation's, so the person is held here as {@link StatusRules#heldOnImport} says, with a fact
 * source naming the stated status.
 *
 * <pre>{@code
 * Map<String, Long> ids = personImport.apply(records, family, profiles, decisions, context);
 * }</pre>
 */
@Component
class PersonImport {

    /** The package being imported: where from, under which consent, by whom, to which side. */
    record Context(String installationId, String packageSha, String consentBasis, Side ourSide, String user) {
    }

    private final PersonService registry;
    private final PersonRepository persons;
    private final PersonDocuments index;
    private final FamilyRepository families;
    private final GeneticsRepository genetics;
    private final SharingService sharing;
    private final ProvinceMap provinces;
    private final ExchangeLog log;
    private final ConsentRepository consents;
    private final AuditLog audit;

    PersonImport(PersonService registry, PersonRepository persons, PersonDocuments index, FamilyRepository families,
            GeneticsRepository genetics, SharingService sharing, ProvinceMap provinces, ExchangeLog log,
            ConsentRepository consents, AuditLog audit) {
        this.registry = registry;
        this.consents = consents;
        this.audit = audit;
        this.persons = persons;
        this.index = index;
        this.families = families;
        this.genetics = genetics;
        this.sharing = sharing;
        this.provinces = provinces;
        this.log = log;
    }

    /** Local ids of the persons written, by ref. */
    Map<String, Long> apply(List<PersonRecord> records, List<FamilyRecord> family, List<ProfileRecord> profiles,
            Map<String, String> decisions, Map<String, ImportItem> items, Context c) {
        Map<String, Long> written = new HashMap<>();
        for (PersonRecord r : records) {
            String decision = decisions.get("PERSON:" + r.ref());
            if ("IMPORT".equals(decision)) {
                written.put(r.ref(), insert(r, c));
            } else if ("REPLACE".equals(decision)) {
                written.put(r.ref(), replace(r, items.get("PERSON:" + r.ref()).localId(), c));
            }
        }
        Map<String, Long> members = new HashMap<>();
        for (FamilyRecord f : family) {
            Long person = written.get(f.personRef());
            if (person != null && !log.refExists("family_member", f.ref())) {
                long id = families.insert(new FamilyMember(0, f.ref(), f.familyRef(), person,
                        f.withheld() ? null : f.fullName(), f.sex(), f.withheld() ? null : f.birthYear(), f.relationship(),
                        f.fatherRef(), f.motherRef(), f.living(), f.withheld() ? null : f.contact(),
                        !f.withheld() && f.consentDna(), !f.withheld(), f.consentDate(), null, 0));
                if (!f.withheld() && f.contact() != null) {
                    consents.add(new MemberConsent(0, id, ConsentScope.CONTACT, true, LocalDate.now(),
                            "consent to share contact details stated by " + source(c), c.user(), OffsetDateTime.now()));
                }
                if (!f.withheld()) {
                    members.put(f.ref(), id);
                }
            }
        }
        profiles.stream().filter(p -> members.containsKey(p.memberRef()) && !log.refExists("sample", p.sampleRef()))
                .forEach(p -> profile(p, members.get(p.memberRef())));
        for (var e : written.entrySet()) {
            shareHere(e.getValue(), family, e.getKey(), members, c);
        }
        return written;
    }

    private long insert(PersonRecord r, Context c) {
        MissingPerson stated = RecordMapping.person(r, 0, 0);
        MissingPerson p = stated.withStatus(StatusRules.heldOnImport(stated.status(), null));
        long id = registry.create(new NewPerson(p, r.aliases() == null ? List.of() : r.aliases(), "EXCHANGE", source(c)),
                c.user());
        noteHeldStatus(id, stated.status(), p.status(), c);
        log.recordOrigin("PERSON", id, c.installationId(), r.ref(), ImportPlanner.hash(r));
        return id;
    }

    private long replace(PersonRecord r, long id, Context c) {
        MissingPerson old = persons.find(id).orElseThrow(() -> new IllegalStateException("person " + id + " vanished"));
        MissingPerson stated = RecordMapping.person(r, id, old.version())
                .withHomeProvinceCurrent(provinces.current(r.homeProvince()).orElse(null));
        MissingPerson p = stated.withStatus(StatusRules.heldOnImport(stated.status(), old.status()));
        if (!persons.update(p, old.version())) {
            throw new StaleVersionException("person", id, old.version());
        }
        persons.replaceAliases(id, r.aliases() == null ? List.of() : r.aliases(), p.source());
        persons.addFactSource(id, "record", "EXCHANGE", source(c));
        noteHeldStatus(id, stated.status(), p.status(), c);
        if (p.status() != old.status()) {
            persons.addStatusChange(id, p.status(), c.user());
        }
        log.recordOrigin("PERSON", id, c.installationId(), r.ref(), ImportPlanner.hash(r));
        index.refresh(id);
        return id;
    }

    /** Where the stated status was not taken, the fact source says what the other side stated and why. */
    private void noteHeldStatus(long id, PersonStatus stated, PersonStatus held, Context c) {
        if (stated == held) {
            return;
        }
        String why = held.standsOnEvidence() ? held + " stands on evidence recorded in this registry"
                : stated + " stands on evidence recorded in this registry, and a package carries none";
        persons.addFactSource(id, "status", "EXCHANGE", "stated " + stated + " by " + c.installationId() + "; kept here as "
                + held + ": " + why);
    }

    private void profile(ProfileRecord p, long memberId) {
        long sample = genetics.insertSample(new Sample(0, p.sampleRef(), "FAMILY_MEMBER", null, memberId, p.kit(),
                p.degraded()));
        p.calls().forEach(k -> genetics.addCall(sample, new GeneticProfile.StrCall(k.locus(), k.allele1(), k.allele2(),
                k.quality())));
        if (p.yStr() != null) {
            genetics.addHaplotype(sample, "YSTR", p.yStr());
        }
        if (p.mtDna() != null) {
            genetics.addHaplotype(sample, "MTDNA", p.mtDna());
        }
    }

    /** A person of the other side is visible here once shared with this side, under the package's consent. */
    private void shareHere(long personId, List<FamilyRecord> family, String ref, Map<String, Long> members, Context c) {
        MissingPerson p = persons.find(personId).orElseThrow();
        if (p.side() == c.ourSide() || sharing.isShared("PERSON", personId, c.ourSide())) {
            return;
        }
        Long consenting = family.stream().filter(f -> f.personRef().equals(ref) && members.containsKey(f.ref()))
                .map(f -> members.get(f.ref())).findFirst()
                .orElseGet(() -> families.ofPerson(personId).stream()
                        .filter(m -> consents.inForce(m.id()).contains(ConsentScope.RECORD))
                        .map(FamilyMember::id).findFirst().orElse(null));
        sharing.share("PERSON", personId, c.ourSide(), consenting, source(c));
        audit.recordAs(c.user(), AuditAction.SHARE, "PERSON", personId, "to " + c.ourSide() + " on import: " + source(c));
    }

    private static String source(Context c) {
        return "exchange package " + c.packageSha().substring(0, 12) + " from " + c.installationId() + " ("
                + c.consentBasis() + ")";
    }
}
