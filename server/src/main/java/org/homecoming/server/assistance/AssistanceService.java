package org.homecoming.server.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.landrelease.safety.Accident;
import org.homecoming.server.landrelease.safety.AccidentService;
import org.homecoming.server.registry.FamilyService;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.search.VietnameseNames;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.RequestFields;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disability-assistance records and their rules: only social workers read or write a person (the system user
 * too, for demonstration loads); the other side reads a person only while consent to share stands; every view,
 * search and change is audited; the disability identifier is computed from the answers; a referral moves only along
 * {@link ServiceStatus}; consent is withdrawn by adding a line, never by removing one.
 *
 * <pre>{@code
 * long id = assistance.register(request);
 * assistance.assess(id, LocalDate.of(2026, 5, 2), FunctioningAnswers.parse(answers));
 * }</pre>
 */
@Service
public class AssistanceService {

    static final String ENTITY = "ASSISTED_PERSON";
    private static final int SEARCH_LIMIT = 200;

    private final AssistanceRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ProvinceMap provinces;
    private final AccidentService accidents;
    private final FamilyService families;

    AssistanceService(AssistanceRepository repository, CurrentUsers users, AuditLog audit, ProvinceMap provinces,
            AccidentService accidents, FamilyService families) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.provinces = provinces;
        this.accidents = accidents;
        this.families = families;
    }

    /** Whether the current user may see identifying assistance data. */
    public boolean maySeePersons() {
        CurrentUser u = users.get();
        return u.isSystem() || u.has(Role.SOCIAL_WORKER);
    }

    /** Whether the current user's side recorded the person, so may add to the record. */
    public boolean mayChange(AssistedPerson p) {
        return p.side() == users.get().side();
    }

    private CurrentUser worker() {
        CurrentUser u = users.get();
        if (!u.isSystem() && !u.has(Role.SOCIAL_WORKER)) {
            throw new AccessDeniedException("the people assisted and their health data are for social workers only");
        }
        return u;
    }

    @Transactional
    public long register(PersonRequest r) {
        CurrentUser u = worker();
        String name = RequestFields.requiredText(r.fullName(), "fullName", 300);
        String sex = r.sex() == null ? null : r.sex().strip().toUpperCase(java.util.Locale.ROOT);
        if (!"M".equals(sex) && !"F".equals(sex)) {
            throw new IllegalArgumentException("sex: must be M or F: " + r.sex());
        }
        String birth = Nfc.clean(r.birthDate());
        if (birth != null && PartialDate.problem(birth) != null) {
            throw new IllegalArgumentException("birthDate: " + PartialDate.problem(birth) + ": " + birth);
        }
        if (birth != null && PartialDate.year(birth) > RequestFields.today().getYear()) {
            throw new IllegalArgumentException("birthDate: in the future: " + birth);
        }
        String[] province = provinces(r.province(), r.provinceBefore());
        PersonRequest.ConsentRequest c = r.consent();
        if (c == null || !Boolean.TRUE.equals(c.register())) {
            throw new IllegalArgumentException("consent.register: must be true — a person who does not consent to be"
                    + " registered is not recorded by name");
        }
        LocalDate consentOn = r.consentDate() == null ? RequestFields.today() : r.consentDate();
        if (consentOn.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("consentDate: in the future: " + consentOn);
        }
        if (r.registryMemberId() != null) {
            checkRegistryMember(r.registryMemberId(), null);
        }
        AssistanceRepository.PersonDraft d = new AssistanceRepository.PersonDraft(name, nameKey(name), sex, birth,
                birth == null ? null : PartialDate.year(birth), province[0], communeCode("communeCodeBefore",
                r.communeCodeBefore()), province[1], communeCode("communeCode", r.communeCode()),
                RequestFields.text(r.address(), "address", 500), RequestFields.text(r.household(), "household", 200),
                RequestFields.text(r.contact(), "contact", 300), r.registryMemberId());
        OffsetDateTime now = OffsetDateTime.now();
        long id = repository.insertPerson(d, u.side(), u.username(), now);
        repository.addConsent(id, new ConsentEvent(ConsentPurpose.REGISTER, true, consentOn, null, u.username(), now));
        repository.addConsent(id, new ConsentEvent(ConsentPurpose.SHARE, Boolean.TRUE.equals(c.share()), consentOn, null,
                u.username(), now));
        repository.addConsent(id, new ConsentEvent(ConsentPurpose.STATISTICS, Boolean.TRUE.equals(c.statistics()),
                consentOn, null, u.username(), now));
        audit.record(AuditAction.CREATE, ENTITY, id, "registered in " + province[1]);
        return id;
    }

    /** {before, after}: the provinces before and after the July 2025 merger; either may be null, not both. */
    private String[] provinces(String given, String givenBefore) {
        String name = Nfc.clean(given);
        if (name == null) {
            throw new IllegalArgumentException("province: missing");
        }
        String before = null;
        String after = provinces.today(name).orElse(null);
        if (after == null) {
            before = provinces.former(name).orElseThrow(() -> new IllegalArgumentException(
                    "province: no province of Vietnam, before or after the 2025 merger: " + name));
            after = provinces.current(before).orElseThrow();
        }
        String b = Nfc.clean(givenBefore);
        if (b != null) {
            String former = provinces.former(b).orElseThrow(() -> new IllegalArgumentException(
                    "provinceBefore: no province of Vietnam before the 2025 merger: " + b));
            if (!after.equals(provinces.current(former).orElseThrow())) {
                throw new IllegalArgumentException("provinceBefore: " + former + " did not merge into " + after);
            }
            before = former;
        }
        return new String[] {before, after};
    }

    private static String communeCode(String field, String code) {
        String c = Nfc.clean(code);
        if (c != null && !c.matches("[0-9]{5}")) {
            throw new IllegalArgumentException(field + ": must be the statistics office's 5-digit commune code: " + c);
        }
        return c;
    }

    /** The folded words of a name between spaces, so that a LIKE on " word" finds a word's start in any order. */
    static String nameKey(String name) {
        return " " + String.join(" ", words(name)) + " ";
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(VietnameseNames.fold(Nfc.clean(text)).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private void checkRegistryMember(long memberId, Long exceptPerson) {
        families.member(memberId, "disability assistance: link a person to the registry");
        for (Long other : repository.personsOfRegistryMember(memberId)) {
            if (!other.equals(exceptPerson)) {
                throw new ConflictException("registryMemberId: family member " + memberId
                        + " is already the assisted person " + other);
            }
        }
    }

    /** Registered persons whose name has every word of {@code q} (any order, no diacritics), optionally of a province. */
    @Transactional
    public List<AssistedPerson> search(String q, String province) {
        CurrentUser u = worker();
        String p = provinces.filter(province, "province");
        List<AssistedPerson> found = repository.search(u.side(), words(q), p, RequestFields.today(), SEARCH_LIMIT);
        audit.record(AuditAction.VIEW, ENTITY, null, "search \"" + (q == null ? "" : q) + "\""
                + (p == null ? "" : " in " + p) + ": " + found.size() + " persons listed");
        return found;
    }

    /** One person's whole record; the view is audited. */
    @Transactional
    public PersonRecord record(long id) {
        CurrentUser u = worker();
        AssistedPerson p = visible(id, u);
        audit.record(AuditAction.VIEW, ENTITY, id, p.ref());
        return assemble(p);
    }

    /** One person's record without an audit line, for a page the same request already audited. */
    PersonRecord recordUnaudited(long id) {
        return assemble(visible(id, worker()));
    }

    private PersonRecord assemble(AssistedPerson p) {
        List<ConsentEvent> history = repository.consents(p.id());
        Consents consents = new Consents(history);
        LocalDate today = RequestFields.today();
        List<Cause> causes = new ArrayList<>();
        for (Cause c : repository.causes(p.id())) {
            Long accident = c.victimRef() == null ? null : accidents.ofVictim(c.victimRef()).map(Accident::id).orElse(null);
            causes.add(new Cause(c.id(), c.kind(), c.victimRef(), accident, c.exposurePlace(), c.exposureFrom(),
                    c.exposureTo(), c.generation(), c.description()));
        }
        return new PersonRecord(p, history, consents.on(ConsentPurpose.REGISTER, today),
                consents.on(ConsentPurpose.SHARE, today), consents.on(ConsentPurpose.STATISTICS, today),
                repository.assessments(p.id()), repository.certificates(p.id()), causes, repository.needs(p.id()),
                repository.referrals(p.id()), registryLink(p.registryMemberId()));
    }

    private PersonRecord.RegistryLink registryLink(Long memberId) {
        if (memberId == null) {
            return null;
        }
        try {
            Relative r = families.member(memberId, "disability assistance record");
            return new PersonRecord.RegistryLink(memberId, r.ref(), r.personId(), r.relationship());
        } catch (NotFoundException | AccessDeniedException e) {
            return new PersonRecord.RegistryLink(memberId, null, null, null);
        }
    }

    private AssistedPerson visible(long id, CurrentUser u) {
        return repository.person(id, u.side(), RequestFields.today()).orElseThrow(() -> new NotFoundException("assisted person", id));
    }

    /** Changes to a person are made by the recording side only; the other side reads what is shared. */
    private AssistedPerson own(long id, CurrentUser u) {
        AssistedPerson p = visible(id, u);
        if (p.side() != u.side()) {
            throw new AccessDeniedException("person " + p.ref() + " is recorded by side " + p.side()
                    + "; only that side changes the record");
        }
        return p;
    }

    @Transactional
    public Assessment assess(long personId, LocalDate on, FunctioningAnswers answers) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (on == null) {
            throw new IllegalArgumentException("date: missing (YYYY-MM-DD)");
        }
        if (on.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("date: in the future: " + on);
        }
        long id = repository.addAssessment(personId, on, answers, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, personId, p.ref() + ": functioning assessed on " + on
                + (answers.disability() ? ", disability identified in " + answers.disabilityDomains() : ", no disability"));
        return new Assessment(id, personId, on, answers, u.username());
    }

    /** Gives or withdraws one consent from a day on; the history keeps every earlier line. */
    @Transactional
    public void consent(long personId, ConsentPurpose scope, boolean granted, LocalDate from, String note) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (scope == null) {
            throw new IllegalArgumentException("scope: missing (REGISTER, SHARE or STATISTICS)");
        }
        LocalDate on = from == null ? RequestFields.today() : from;
        if (on.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("effectiveOn: in the future: " + on);
        }
        repository.addConsent(personId, new ConsentEvent(scope, granted, on, RequestFields.text(note, "note", 1000), u.username(),
                OffsetDateTime.now()));
        audit.record(AuditAction.UPDATE, ENTITY, personId, p.ref() + ": consent " + scope + (granted ? " given" : " withdrawn")
                + " from " + on);
    }

    @Transactional
    public void certify(long personId, LegalDisabilityType type, LegalLevel level, LocalDate on, String council) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (type == null || level == null || on == null) {
            throw new IllegalArgumentException((type == null ? "type" : level == null ? "level" : "certifiedOn")
                    + ": missing");
        }
        if (on.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("certifiedOn: in the future: " + on);
        }
        repository.addCertificate(personId, type, level, on, RequestFields.text(council, "council", 300), u.username(),
                OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, personId, p.ref() + ": certified " + type + " " + level + " on " + on);
    }

    @Transactional
    public void addCause(long personId, Cause c) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (c.kind() == null) {
            throw new IllegalArgumentException("kind: missing (ORDNANCE_ACCIDENT, DIOXIN_EXPOSURE or OTHER)");
        }
        String victim = Nfc.clean(c.victimRef());
        if (c.kind() == CauseKind.ORDNANCE_ACCIDENT && victim == null) {
            throw new IllegalArgumentException("victimRef: missing — the accident victim's reference (VIC-...) or another"
                    + " stable reference of the accident record");
        }
        if (c.kind() != CauseKind.ORDNANCE_ACCIDENT && victim != null) {
            throw new IllegalArgumentException("victimRef: only for an ordnance accident");
        }
        if (victim != null && !victim.matches("[A-Za-z0-9._/-]{1,64}")) {
            throw new IllegalArgumentException("victimRef: letters, digits and . _ / - only, at most 64: " + victim);
        }
        if (victim != null) {
            List<Long> linked = repository.personsOfVictim(victim);
            if (!linked.isEmpty() && !linked.contains(personId)) {
                throw new ConflictException("victimRef: " + victim + " is already the assisted person " + linked.get(0));
            }
        }
        Integer from = c.exposureFrom();
        Integer to = c.exposureTo();
        if (c.kind() != CauseKind.DIOXIN_EXPOSURE && (c.exposurePlace() != null || from != null || to != null
                || c.generation() != null)) {
            throw new IllegalArgumentException("exposurePlace: exposure place, period and generation are for a dioxin"
                    + " exposure only");
        }
        if (from != null && (from < 1940 || from > RequestFields.today().getYear())) {
            throw new IllegalArgumentException("exposureFrom: not a year of exposure: " + from);
        }
        if (to != null && from != null && to < from) {
            throw new IllegalArgumentException("exposureTo: before exposureFrom: " + to);
        }
        if (c.generation() != null && (c.generation() < 1 || c.generation() > 4)) {
            throw new IllegalArgumentException("generation: 1 (exposed), 2 (child), 3 (grandchild) or 4: " + c.generation());
        }
        repository.addCause(personId, new Cause(0, c.kind(), victim, null, RequestFields.text(c.exposurePlace(), "exposurePlace", 300),
                from, to, c.generation(), RequestFields.text(c.description(), "description", 1000)), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, personId, p.ref() + ": cause " + c.kind()
                + (victim == null ? "" : " " + victim));
    }

    /** Records a need identified with the person; it stays open on the page until a referral answers it. */
    @Transactional
    public long addNeed(long personId, ServiceCategory category, AssistiveItem item, NeedPriority priority, LocalDate on,
            String note) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (category == null || priority == null) {
            throw new IllegalArgumentException((category == null ? "category" : "priority") + ": missing");
        }
        if (item != null && category != ServiceCategory.REHABILITATION) {
            throw new IllegalArgumentException("item: prosthesis, orthosis, wheelchair and therapy are rehabilitation");
        }
        LocalDate day = on == null ? RequestFields.today() : on;
        if (day.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("assessedOn: in the future: " + day);
        }
        long id = repository.addNeed(personId, category, item, priority, day, RequestFields.text(note, "note", 1000),
                u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, personId, p.ref() + ": need " + category + (item == null ? "" : " " + item)
                + " (" + priority + ") assessed on " + day);
        return id;
    }

    @Transactional
    public long refer(long personId, ServiceCategory category, AssistiveItem item, long providerId, LocalDate on,
            BigDecimal cost, String note) {
        return refer(personId, category, item, providerId, on, cost, note, null);
    }

    /** Refers the person for a service, answering {@code needId} (a need of the same person and category) when given. */
    @Transactional
    public long refer(long personId, ServiceCategory category, AssistiveItem item, long providerId, LocalDate on,
            BigDecimal cost, String note, Long needId) {
        CurrentUser u = worker();
        AssistedPerson p = own(personId, u);
        if (category == null) {
            throw new IllegalArgumentException("category: missing");
        }
        if (item != null && category != ServiceCategory.REHABILITATION) {
            throw new IllegalArgumentException("item: prosthesis, orthosis, wheelchair and therapy are rehabilitation");
        }
        Provider provider = repository.provider(providerId).orElseThrow(() -> new IllegalArgumentException(
                "provider: no such provider: " + providerId));
        LocalDate referred = on == null ? RequestFields.today() : on;
        if (referred.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("referredOn: in the future: " + referred);
        }
        if (needId != null) {
            Need need = repository.needs(personId).stream().filter(n -> n.id() == needId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("needId: no need " + needId + " of " + p.ref()));
            if (need.category() != category) {
                throw new IllegalArgumentException("needId: need " + needId + " is " + need.category() + ", not " + category);
            }
        }
        long id = repository.addReferral(personId, category, item, providerId, referred, cost(cost),
                RequestFields.text(note, "note", 1000), needId, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, personId, p.ref() + ": referred for " + category
                + (item == null ? "" : " " + item) + " to " + provider.name());
        return id;
    }

    private static BigDecimal cost(BigDecimal cost) {
        if (cost != null && (cost.signum() < 0 || cost.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException("costVnd: whole đồng, not negative: " + cost.toPlainString());
        }
        return cost;
    }

    /** Moves a referral to {@code next} on {@code on}; a move the lifecycle forbids is refused. */
    @Transactional
    public Referral move(long serviceId, ServiceStatus next, LocalDate on, BigDecimal cost) {
        CurrentUser u = worker();
        Referral r = repository.referral(serviceId).orElseThrow(() -> new NotFoundException("referral", serviceId));
        AssistedPerson p = own(r.personId(), u);
        if (next == null) {
            throw new IllegalArgumentException("status: missing");
        }
        if (!r.status().canBecome(next)) {
            throw new ConflictException("status: a referral " + r.status() + " cannot become " + next);
        }
        LocalDate day = on == null ? RequestFields.today() : on;
        if (day.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("date: in the future: " + day);
        }
        if (day.isBefore(r.lastStep())) {
            throw new IllegalArgumentException("date: before the referral's last step on " + r.lastStep() + ": " + day);
        }
        if (!repository.moveReferral(serviceId, r.status(), next, day, cost(cost))) {
            throw new ConflictException("status: the referral was changed meanwhile; reload it");
        }
        audit.record(AuditAction.UPDATE, ENTITY, r.personId(), p.ref() + ": referral " + serviceId + " " + r.status()
                + " -> " + next + " on " + day);
        return repository.referral(serviceId).orElseThrow();
    }

    /** Records a follow-up visit; returns the person's id. */
    @Transactional
    public long followUp(long serviceId, LocalDate on, FollowUpOutcome outcome, String note) {
        CurrentUser u = worker();
        Referral r = repository.referral(serviceId).orElseThrow(() -> new NotFoundException("referral", serviceId));
        AssistedPerson p = own(r.personId(), u);
        if (outcome == null || on == null) {
            throw new IllegalArgumentException((on == null ? "visitedOn" : "outcome") + ": missing");
        }
        if (r.receivedOn() == null) {
            throw new ConflictException("visitedOn: a referral is followed up once the service is received");
        }
        if (on.isAfter(RequestFields.today()) || on.isBefore(r.receivedOn())) {
            throw new IllegalArgumentException("visitedOn: between the service received on " + r.receivedOn()
                    + " and today: " + on);
        }
        repository.addFollowUp(serviceId, on, outcome, RequestFields.text(note, "note", 1000), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, r.personId(), p.ref() + ": follow-up of referral " + serviceId + " on "
                + on + ": " + outcome);
        return r.personId();
    }

    /** Open referrals of a province (after the merger; all when null), oldest first: the social workers' worklist. */
    @Transactional
    public List<AssistanceRepository.WorkItem> worklist(String province) {
        CurrentUser u = worker();
        String p = provinces.filter(province, "province");
        List<AssistanceRepository.WorkItem> items = repository.worklist(u.side(), p, RequestFields.today(), 500);
        audit.record(AuditAction.VIEW, ENTITY, null, "worklist" + (p == null ? "" : " of " + p) + ": " + items.size()
                + " open referrals");
        return items;
    }

    @Transactional(readOnly = true)
    public List<Provider> providers() {
        worker();
        return repository.providers();
    }

    @Transactional
    public long addProvider(String name, ProviderKind kind, String province, String contact) {
        CurrentUser u = worker();
        String n = RequestFields.text(name, "name", 300);
        if (n == null || kind == null) {
            throw new IllegalArgumentException((n == null ? "name" : "kind") + ": missing");
        }
        if (repository.providerNamed(n).isPresent()) {
            throw new ConflictException("name: a provider of this name exists: " + n);
        }
        String p = provinces.filter(province, "province");
        long id = repository.addProvider(n, kind, p, RequestFields.text(contact, "contact", 500), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, "ASSISTANCE_PROVIDER", id, n);
        return id;
    }

    /** The present-day provinces, for forms and filters. */
    public List<String> provinceNames() {
        return provinces.todays();
    }
}
