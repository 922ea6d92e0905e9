package org.homecoming.server.archive.transfer;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.transfer.ExchangeRecords.CallRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.FamilyRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.ProfileRecord;
import org.homecoming.server.registry.FamilyDisclosure;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.GeneticsRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.registry.Sample;
import org.homecoming.server.registry.Viewer;
import org.springframework.stereotype.Component;

/**
 * Puts the family members of shared persons into a package as the other side may see them
 * ({@link FamilyDisclosure}, the same rules as its users on this installation): a member with
 * consent to share their record in full, contact details only with consent to share them, DNA
 * profiles only with consent to share genetic data; a member without consent as an anonymous
 * placeholder (relationship, sex, parent links) so the pedigree still draws. Everything left out is
 * named in the manifest ({@link PackageWriter#omit}).
 *
 * <pre>{@code
 * FamilyExport.Result r = family.of(persons, writer);
 * r.omitted(); // ["family member FM-3 of MP-1 withheld (placeholder only): no consent to share its record in force"]
 * }</pre>
 */
@Component
class FamilyExport {

    record Result(int members, int profiles, List<String> omitted) {
    }

    private final FamilyRepository families;
    private final GeneticsRepository genetics;
    private final FamilyDisclosure disclosure;

    FamilyExport(FamilyRepository families, GeneticsRepository genetics, FamilyDisclosure disclosure) {
        this.families = families;
        this.genetics = genetics;
        this.disclosure = disclosure;
    }

    Result of(List<MissingPerson> persons, PackageWriter w) {
        List<FamilyRecord> members = new ArrayList<>();
        List<ProfileRecord> profiles = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        for (MissingPerson p : persons) {
            Viewer to = new Viewer(p.side().other(), true, "exchange package");
            List<FamilyMember> all = families.ofPerson(p.id());
            List<Relative> seen = disclosure.family(to, p, all, "exchange package");
            for (int i = 0; i < all.size(); i++) {
                FamilyMember m = all.get(i);
                Relative r = seen.get(i);
                List<Sample> samples = genetics.samplesOf("FAMILY_MEMBER", m.id());
                members.add(new FamilyRecord(r.ref(), r.familyRef(), p.ref(), r.fullName(), r.sex(), r.birthYear(),
                        r.relationship(), r.fatherRef(), r.motherRef(), Boolean.TRUE.equals(r.living()),
                        r.geneticVisible(), r.withheld() ? null : m.consentDate(), r.contact(), r.withheld()));
                String who = "family member " + m.ref() + " of " + p.ref();
                if (r.withheld()) {
                    omit(w, omitted, who + " withheld (placeholder only)" + (samples.isEmpty() ? "" : ", and its genetic data")
                            + ": no consent to share its record in force");
                    continue;
                }
                if (m.contact() != null && r.contact() == null) {
                    omit(w, omitted, "contact details of " + who + " left out: no consent to share them in force");
                }
                if (r.geneticVisible()) {
                    samples.forEach(s -> profiles.add(profile(m, s)));
                } else if (!samples.isEmpty()) {
                    omit(w, omitted, "genetic data of " + who + " left out: no consent to share it in force");
                }
            }
        }
        w.records("family", members);
        w.records("profiles", profiles);
        return new Result((int) members.stream().filter(f -> !f.withheld()).count(), profiles.size(), omitted);
    }

    private static void omit(PackageWriter w, List<String> omitted, String what) {
        omitted.add(what);
        w.omit(what);
    }

    private ProfileRecord profile(FamilyMember m, Sample s) {
        List<CallRecord> calls = genetics.calls(s.id()).stream()
                .map(c -> new CallRecord(c.locus(), c.allele1(), c.allele2(), c.quality())).toList();
        return new ProfileRecord(m.ref(), s.ref(), s.kit(), s.degraded(), calls,
                genetics.haplotype(s.id(), "YSTR").orElse(null), genetics.haplotype(s.id(), "MTDNA").orElse(null));
    }
}
