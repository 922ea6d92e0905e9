package org.homecoming.server.cooperation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.archive.transfer.SignedFiles;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.cooperation.iati.IatiReconciliation;
import org.homecoming.server.cooperation.iati.IatiXmlReader;
import org.homecoming.server.cooperation.iati.IatiXmlWriter;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's activities in and out as IATI 2.03: this side's own activities with their results as one file (on
 * its own, or in a signed exchange package for the other side), and the other side's file reconciled with what is
 * stored — new and changed activities stored as the other side's, this side's own never overwritten, possible
 * duplicates reported and left out — all or nothing.
 *
 * <pre>{@code
 * byte[] xml = exchange.export();
 * IatiExchange.Imported r = exchange.importFile(bytes, "us.xml", true);
 * }</pre>
 */
@Service
public class IatiExchange {

    static final String PACKAGE_FILE = "files/iati/activities.xml";

    private final IatiActivityRepository activities;
    private final IatiResults results;
    private final CooperationRoles roles;
    private final SignedFiles signed;
    private final AuditLog audit;

    IatiExchange(IatiActivityRepository activities, IatiResults results, CooperationRoles roles, SignedFiles signed,
            AuditLog audit) {
        this.activities = activities;
        this.results = results;
        this.roles = roles;
        this.signed = signed;
        this.audit = audit;
    }

    /** The reconciliation and, when applied, how many activities were stored. */
    public record Imported(IatiReconciliation.Report report, boolean applied, int stored) {
    }

    /** This side's own activities with their results, as a valid IATI 2.03 file. */
    @Transactional(readOnly = true)
    public byte[] export() {
        Set<String> own = activities.own();
        List<IatiActivity> mine = activities.list(null).stream().filter(a -> own.contains(a.identifier())).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("activities: none of this side's own recorded yet; an IATI file holds at"
                    + " least one");
        }
        return IatiXmlWriter.write(results.withResults(mine, RequestFields.today()), OffsetDateTime.now());
    }

    /** The export in a signed exchange package for the other side. */
    @Transactional
    public byte[] exportPackage(String consentBasis) {
        roles.recorder();
        return signed.send(consentBasis, Map.of(PACKAGE_FILE, export()), "IATI 2.03 activities file");
    }

    /** Reconciles the other side's file with what is stored; with {@code apply}, stores what may be stored. */
    @Transactional
    public Imported importFile(byte[] xml, String file, boolean apply) {
        CurrentUser u = roles.recorder();
        List<IatiActivity> theirs = IatiXmlReader.read(xml, file);
        List<IatiActivity> known = activities.list(null);
        IatiReconciliation.Report report = IatiReconciliation.of(known, activities.own(), theirs, file);
        Map<String, Area> areas = new java.util.HashMap<>();
        known.forEach(a -> areas.put(a.identifier(), a.area()));
        int stored = 0;
        if (apply) {
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < theirs.size(); i++) {
                IatiReconciliation.Outcome o = report.lines().get(i).outcome();
                if (o == IatiReconciliation.Outcome.NEW || o == IatiReconciliation.Outcome.CHANGED) {
                    IatiActivity a = keepArea(titled(theirs.get(i)), areas);
                    IatiActivityService.check(a);
                    activities.save(a, "OTHER_SIDE", u.username(), now);
                    stored++;
                }
            }
            audit.record(AuditAction.IMPORT, IatiActivityService.ENTITY, null, file + ": " + stored + " stored of "
                    + theirs.size() + summary(report));
        }
        return new Imported(report, apply, stored);
    }

    /** Opens the other side's signed package and imports the IATI file in it. */
    @Transactional
    public Imported importPackage(byte[] zip, boolean apply) {
        roles.recorder();
        SignedFiles.Received r = signed.open(zip);
        byte[] xml = r.files().get(PACKAGE_FILE);
        if (xml == null) {
            throw new IllegalArgumentException("package from '" + r.installationId() + "' holds no " + PACKAGE_FILE);
        }
        Imported imported = importFile(xml, "package " + r.sha256().substring(0, 12) + "/" + PACKAGE_FILE, apply);
        if (apply) {
            signed.received(r, "IATI activities: " + imported.stored() + " stored");
        }
        return imported;
    }

    private static String summary(IatiReconciliation.Report r) {
        List<String> parts = new ArrayList<>();
        for (IatiReconciliation.Outcome o : IatiReconciliation.Outcome.values()) {
            parts.add(o + " " + r.count(o));
        }
        return " (" + String.join(", ", parts) + ")";
    }

    /** An activity with only a Vietnamese title takes it as its title in English too (the programme needs one). */
    private static IatiActivity titled(IatiActivity a) {
        if (a.titleEn() != null) {
            return a;
        }
        return new IatiActivity(a.identifier(), a.reportingOrg(), a.titleVi(), a.titleVi(), a.descriptionVi(),
                a.descriptionEn(), a.participants(), a.status(), a.plannedStart(), a.actualStart(), a.plannedEnd(),
                a.actualEnd(), a.province(), a.provinceBefore(), a.sectorCode(), a.area(), a.budgets(), a.transactions(),
                a.related(), a.documents(), a.results());
    }

    /** The memorandum's area is not in IATI: a changed activity keeps the one recorded here; a new one gets its sector's. */
    private static IatiActivity keepArea(IatiActivity a, Map<String, Area> stored) {
        Area area = stored.containsKey(a.identifier()) ? stored.get(a.identifier()) : SectorAreas.of(a.sectorCode());
        return new IatiActivity(a.identifier(), a.reportingOrg(), a.titleVi(), a.titleEn(), a.descriptionVi(),
                a.descriptionEn(), a.participants(), a.status(), a.plannedStart(), a.actualStart(), a.plannedEnd(),
                a.actualEnd(), a.province(), a.provinceBefore(), a.sectorCode(), area, a.budgets(), a.transactions(),
                a.related(), a.documents(), a.results());
    }
}
